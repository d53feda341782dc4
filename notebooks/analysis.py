# ---
# jupyter:
#   jupytext:
#     formats: ipynb,py:percent
#     text_representation:
#       extension: .py
#       format_name: percent
#   kernelspec:
#     display_name: Python 3
#     language: python
#     name: python3
# ---

# %% [markdown]
# # What the plans say: targets, workload, deadlines, references
#
# Loads the Parquet tables that `make parse` writes (`data/parsed/`) and answers four
# questions with a table and a figure each. Set `KH_PARSED` to read another output
# folder and `KH_FIGURES` to choose where the figures go; `KH_AS_OF` sets the first
# day of the deadline calendar.

# %%
import datetime as dt
import os
from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import pandas as pd  # noqa: E402

PARSED = Path(os.environ.get("KH_PARSED", "../data/parsed"))
FIGURES = Path(os.environ.get("KH_FIGURES", "figures"))
AS_OF = dt.date.fromisoformat(os.environ.get("KH_AS_OF", "2026-01-01"))
FIGURES.mkdir(parents=True, exist_ok=True)

tables = {name: pd.read_parquet(PARSED / f"{name}.parquet")
          for name in ["documents", "sections", "targets", "assignments", "tasks", "deadlines", "references"]}
documents = tables["documents"].assign(plan=lambda d: d.doc_number.fillna(d.source_path.str.slice(0, 12)))
plan_of = documents.set_index("doc_id")[["plan", "province"]]
documents[["plan", "issuer", "province", "issued_date", "period_start", "period_end"]]

# %% [markdown]
# ## 1. The same indicator across plans
# BHYT coverage and trained-labour targets by province and target year.

# %%
codes = ["bhyt_coverage", "trained_labour_rate"]
targets = tables["targets"].join(plan_of, on="doc_id")
same = targets[targets.indicator_code.isin(codes)][
    ["indicator_code", "province", "plan", "comparator", "value", "value_max", "unit", "target_year"]]
same = same.sort_values(["indicator_code", "province", "target_year"])
same

# %%
fig, axes = plt.subplots(1, len(codes), figsize=(11, 4), squeeze=False)
for ax, code in zip(axes[0], codes):
    rows = same[same.indicator_code == code]
    labels = [f"{p or '?'}\n{y or '–'}" for p, y in zip(rows.province, rows.target_year.astype("Int64"))]
    ax.bar(range(len(rows)), rows.value, color="#4c72b0")
    ax.set_xticks(range(len(rows)), labels, fontsize=8)
    ax.set_ylim(0, 105)
    ax.set_title(code)
    ax.set_ylabel("target (%)")
fig.tight_layout()
fig.savefig(FIGURES / "1_indicator_by_province.png", dpi=100)

# %% [markdown]
# ## 2. Agency workload
# How many pieces of work each agency leads and partners on.

# %%
assignments = tables["assignments"]
workload = (assignments[assignments.role.isin(["lead", "partner", "responsible"])]
            .pivot_table(index="agency", columns="role", values="assignment_id", aggfunc="count", fill_value=0))
workload = workload.assign(total=workload.sum(axis=1)).sort_values("total", ascending=False)
workload.head(15)

# %%
top = workload.head(15).iloc[::-1]
fig, ax = plt.subplots(figsize=(9, 6))
left = pd.Series(0, index=top.index)
for role, color in (("lead", "#c44e52"), ("responsible", "#dd8452"), ("partner", "#55a868")):
    if role in top:
        ax.barh(top.index, top[role], left=left, color=color, label=role)
        left = left + top[role]
ax.set_xlabel("assignments")
ax.legend()
fig.tight_layout()
fig.savefig(FIGURES / "2_agency_workload.png", dpi=100)

# %% [markdown]
# ## 3. Deadline calendar for the next 12 months
# Dated deadlines in the window, and recurring ones expanded to each time they fall.

# %%
STEP_MONTHS = {"yearly": 12, "half_yearly": 6, "quarterly": 3, "monthly": 1}
end = AS_OF.replace(year=AS_OF.year + 1)


def occurrences(row):
    """Every date of a deadline inside [AS_OF, end): once, or each time it recurs."""
    if pd.notna(row.date):
        day = pd.Timestamp(row.date).date()
        return [day] if AS_OF <= day < end else []
    if row.recurrence in STEP_MONTHS and pd.notna(row.month) and pd.notna(row.day):
        out = []
        for year in (AS_OF.year, AS_OF.year + 1):
            for k in range(0, 12, STEP_MONTHS[row.recurrence]):
                month = (int(row.month) - 1 + k) % 12 + 1
                try:
                    day = dt.date(year, month, int(row.day))
                except ValueError:
                    continue
                if AS_OF <= day < end:
                    out.append(day)
        return sorted(set(out))
    return []


deadlines = tables["deadlines"].join(plan_of, on="doc_id")
calendar = pd.DataFrame([
    {"due": day, "plan": row.plan, "province": row.province, "what": row.action or row.text,
     "recurrence": row.recurrence}
    for row in deadlines.itertuples() for day in occurrences(row)
], columns=["due", "plan", "province", "what", "recurrence"]).sort_values("due")
calendar

# %%
fig, ax = plt.subplots(figsize=(9, 3.5))
months = pd.period_range(AS_OF, periods=12, freq="M")
counts = pd.Series([0] * 12, index=months.astype(str))
if len(calendar):
    counts = counts.add(pd.to_datetime(calendar.due).dt.to_period("M").astype(str).value_counts(), fill_value=0)
ax.bar(counts.index, counts.values, color="#8172b3")
ax.set_ylabel("deadlines due")
ax.set_title(f"Deadlines from {AS_OF:%d/%m/%Y}")
ax.tick_params(axis="x", rotation=45)
fig.tight_layout()
fig.savefig(FIGURES / "3_deadline_calendar.png", dpi=100)

# %% [markdown]
# ## 4. Which plans implement which higher-level documents
# The `basis` references of each plan (the documents named in its opening paragraph).

# %%
references = tables["references"].join(plan_of, on="doc_id")
basis = references[references.relation == "basis"].drop_duplicates(["doc_id", "number"])
graph = basis.groupby("number").agg(plans=("plan", lambda p: sorted(set(p))), n=("doc_id", "nunique"))
graph.sort_values("n", ascending=False)

# %%
plans = sorted(basis.plan.unique())
cited = sorted(basis.number.unique(), key=lambda n: (-basis[basis.number == n].doc_id.nunique(), n))
fig, ax = plt.subplots(figsize=(9, max(3, 0.35 * max(len(plans), len(cited)))))
y_plan = {p: i * (len(cited) - 1) / max(1, len(plans) - 1) for i, p in enumerate(plans)}
y_cited = {c: i for i, c in enumerate(cited)}
for row in basis.itertuples():
    ax.plot([0, 1], [y_plan[row.plan], y_cited[row.number]], color="#999", lw=1)
ax.scatter([0] * len(plans), list(y_plan.values()), color="#c44e52", zorder=3)
ax.scatter([1] * len(cited), list(y_cited.values()), color="#4c72b0", zorder=3)
for p, y in y_plan.items():
    ax.text(-0.03, y, p, ha="right", va="center", fontsize=8)
for c, y in y_cited.items():
    ax.text(1.03, y, c, ha="left", va="center", fontsize=8)
ax.set_xlim(-0.6, 1.6)
ax.axis("off")
ax.set_title("plans (left) implement documents (right)")
fig.tight_layout()
fig.savefig(FIGURES / "4_reference_graph.png", dpi=100)
