"""`{% follow_up_summary period as summary %}`: the holder follow-up figures of /pilotage/ (reminders and
usefulness, `guidance.pilotage.reports.follow_up_summary`), for the include
`guidance/pilotage/_follow_up.html`, so that the overview page shows them without its view computing them."""

from django import template

from guidance.pilotage.reports import FollowUpSummary
from guidance.pilotage.reports import follow_up_summary as summary_between

register = template.Library()


@register.simple_tag
def follow_up_summary(period) -> FollowUpSummary | None:
    if not period:
        return None
    return summary_between(period.start, period.end)
