"""Helplines by country, for `peerjob support`: plain data, and reading a country as people type it.

Light on purpose: config.py reads a country through parse_country on every run.
"""

from __future__ import annotations

import re

from peerjob.errors import BadInput

# Helplines by country: free, confidential lines for a hard moment, and for alcohol and drugs.
# Each entry was checked against the page in the comment beside it (the service's own page, or
# a government or news page quoting it), December 2026. findahelpline.com comes last everywhere.
US_LINES = (
    {
        # 988lifeline.org; samhsa.gov/find-help/988
        "name": "988 Suicide & Crisis Lifeline",
        "contact": "988",
        "text": "In the US: call or text 988 (988 Suicide & Crisis Lifeline), any time. Free and confidential.",
    },
    {
        # samhsa.gov/find-help/national-helpline
        "name": "SAMHSA National Helpline",
        "contact": "1-800-662-4357",
        "text": "In the US: SAMHSA National Helpline, 1-800-662-4357, any time. Free and confidential,"
        " for mental health and substance use, in English and Spanish.",
    },
)
CA_LINES = (
    {
        # newswire.ca: "9-8-8: Suicide Crisis Helpline available across Canada", 2023-11-30 (Government of Canada)
        "name": "9-8-8: Suicide Crisis Helpline",
        "contact": "988",
        "text": "In Canada: call or text 9-8-8 (Suicide Crisis Helpline), any time, in English or French. Free.",
    },
    {
        # hopeforwellness.ca; rcinet.ca, 2018-05-08 (toll-free number, languages)
        "name": "Hope for Wellness Help Line",
        "contact": "1-855-242-3310",
        "text": "In Canada, for Indigenous peoples: Hope for Wellness Help Line, 1-855-242-3310, any time;"
        " also in Cree, Ojibway and Inuktitut on request.",
    },
)
UK_LINES = (
    {
        # samaritans.org/how-we-can-help/contact-samaritan (free from any phone); fullfact.org, 2022-12-08
        "name": "Samaritans",
        "contact": "116 123",
        "text": "In the UK and Ireland: Samaritans, 116 123, free from any phone, day or night.",
    },
    {
        # fullfact.org, 2022-12-08: SHOUT, free, confidential, 24/7, text 85258
        "name": "Shout",
        "contact": "text 85258",
        "text": "In the UK: text SHOUT to 85258 if you'd rather write than talk. Free, any time.",
    },
)
SCOTLAND_LINES = (
    {
        # Scottish Government release quoted at clarehaughey.scot, 2020-03-30: NHS 24 mental health hub on 111
        "name": "NHS 24",
        "contact": "111",
        "text": "In Scotland: NHS 24 on 111, and ask for mental health support.",
    },
    {
        # breathingspace.scot; clarehaughey.scot, 2020-03-30 (0800 83 85 87); run by NHS 24
        "name": "Breathing Space",
        "contact": "0800 83 85 87",
        "text": "In Scotland: Breathing Space, 0800 83 85 87, free, for when you feel low, stressed or anxious"
        " (open evenings and weekends: breathingspace.scot has the hours).",
    },
)
IE_LINES = (
    {
        # oireachtas.ie, 2013-12-10 (116 123 assigned to Samaritans in Ireland); irishexaminer.com (freephone)
        "name": "Samaritans",
        "contact": "116 123",
        "text": "In Ireland: Samaritans, 116 123, free, day or night.",
    },
    {
        # irishtimes.com: HSE "Your Mental Health" information line 1800 111 888, 24/7
        "name": "HSE Your Mental Health information line",
        "contact": "1800 111 888",
        "text": "In Ireland: the HSE's Your Mental Health line, 1800 111 888, any time, finds the right service.",
    },
    {
        # drugs.ie; healthtopical.com (1800 459 459, office hours Monday to Friday)
        "name": "HSE Drugs and Alcohol Helpline",
        "contact": "1800 459 459",
        "text": "In Ireland: HSE Drugs and Alcohol Helpline, 1800 459 459, weekdays. Free and confidential.",
    },
)
AU_LINES = (
    {
        # lifeline.org.au; scriptwise.org.au (13 11 14, 24/7 crisis support)
        "name": "Lifeline",
        "contact": "13 11 14",
        "text": "In Australia: Lifeline, 13 11 14, any time.",
    },
    {
        # health.gov.au; emhprac.org.au (1800 250 015, connects to your state's service)
        "name": "National Alcohol and Other Drug Hotline",
        "contact": "1800 250 015",
        "text": "In Australia: National Alcohol and Other Drug Hotline, 1800 250 015, free and confidential.",
    },
    {
        # beyondblue.org.au; scriptwise.org.au (1300 22 4636, 24/7)
        "name": "Beyond Blue",
        "contact": "1300 22 4636",
        "text": "In Australia: Beyond Blue, 1300 22 4636, any time.",
    },
)
NZ_LINES = (
    {
        # 1737.org.nz; pegasus.health.nz (free call or text 1737, 24/7)
        "name": "1737 Need to talk?",
        "contact": "1737",
        "text": "In Aotearoa New Zealand: call or text 1737 (Need to talk?), free, any time.",
    },
    {
        # alcoholdrughelp.org.nz; highalert.org.nz (0800 787 797 or text 8681, 24/7)
        "name": "Alcohol Drug Helpline",
        "contact": "0800 787 797",
        "text": "In Aotearoa New Zealand: Alcohol Drug Helpline, 0800 787 797 or text 8681, free, any time.",
    },
)
EVERYWHERE = {
    # findahelpline.com: free helplines by country (run by ThroughLine)
    "name": "Find A Helpline",
    "contact": "findahelpline.com",
    "text": "Anywhere: findahelpline.com lists free helplines in your country."
    " In an emergency, call your local emergency number.",
}
COUNTRY_LINES: dict[str, tuple[dict[str, str], ...]] = {
    "US": US_LINES,
    "CA": CA_LINES,
    "GB": UK_LINES,
    "GB-SCT": SCOTLAND_LINES + UK_LINES,
    "IE": IE_LINES,
    "AU": AU_LINES,
    "NZ": NZ_LINES,
}
COUNTRY_NAMES = {
    "US": "the United States",
    "CA": "Canada",
    "GB": "the United Kingdom",
    "GB-SCT": "Scotland",
    "IE": "Ireland",
    "AU": "Australia",
    "NZ": "Aotearoa New Zealand",
}
# What people type for a country peerjob knows; any other two letters are a country it has no lines for.
COUNTRY_WORDS = {
    "usa": "US",
    "us": "US",
    "united states": "US",
    "america": "US",
    "ca": "CA",
    "canada": "CA",
    "gb": "GB",
    "uk": "GB",
    "united kingdom": "GB",
    "england": "GB",
    "wales": "GB",
    "northern ireland": "GB",
    "gb-sct": "GB-SCT",
    "scotland": "GB-SCT",
    "sct": "GB-SCT",
    "ie": "IE",
    "ireland": "IE",
    "au": "AU",
    "australia": "AU",
    "nz": "NZ",
    "new zealand": "NZ",
    "aotearoa": "NZ",
}
NO_COUNTRY = "none"  # asked, and not said: findahelpline.com only, and no more asking


def parse_country(text: str) -> str:
    """A country as `config set country` and `support --country` take it: 'us', 'UK', 'scotland', 'DE'."""
    spoken = " ".join(text.strip().lower().replace("_", "-").split())
    if spoken in COUNTRY_WORDS:
        return COUNTRY_WORDS[spoken]
    if spoken in ("", NO_COUNTRY):
        return NO_COUNTRY
    if re.fullmatch(r"[a-z]{2}", spoken):
        return spoken.upper()
    if re.fullmatch(r"[a-z]{2}-[a-z0-9]{1,3}", spoken):  # a region (GB-WLS, US-CA): its country's lines
        return spoken[:2].upper()
    raise BadInput(
        f"'{text}' is not a country code peerjob can use. Give two letters (US, GB, CA, IE, AU, NZ, DE...), "
        "or scotland, or none."
    )


def helplines_for(country: str | None) -> list[dict[str, str]]:
    """The lines for ``country`` (an ISO code, "GB-SCT"), then findahelpline.com; that alone for others."""
    code = (country or "").upper()
    lines = [{"region": code, **line} for line in COUNTRY_LINES.get(code, ())]
    return [*lines, {"region": "everywhere", **EVERYWHERE}]


HELPLINES = tuple(helplines_for("US"))  # the lines before a country is known: the first version's list
