/// The Jinja2 counterpart of `Templates/en/request.txt` and `evidence.txt`: the same sections,
/// conditions and loops, written out in the same line markup (`#` title, `##` heading, plain
/// numbered paragraph, `>` unnumbered paragraph, `-` list item, `| a | b |` table row), which the
/// driver script then lays out as text the way `TextWriter` does.
enum JinjaTemplate {
    static let request = #"""
# Request for mutual legal assistance in criminal matters

| From | {{ a.requesting_authority.name|t }} |
| To | {{ a.requested_central_authority.name|t }} |
| Our reference | {{ a.request_reference|t }} |
| Date | {{ a.request_date|date }} |
{% if a.request_status %}
| Nature of this request | {{ a.request_status|choice('request_status') }} |
{% endif %}
{% if a.urgency == 'urgent' %}
| Priority | {{ terms.urgent }} |
{% endif %}
{% if a.urgency == 'very_urgent' %}
| Priority | {{ terms.very_urgent }} |
{% endif %}
{% if a.requested_deadline %}
| Execution requested by | {{ a.requested_deadline|date }} |
{% endif %}
{% if a.confidentiality_required %}
| Handling | {{ terms.confidential }} |
{% endif %}

## Requesting authority and addressee

{{ a.requesting_authority.name|t }}, {{ a.requesting_authority.address|t }}, {{ a.requesting_state|country }}, acting as {{ a.requesting_authority.authority_type|choice('requesting_authority.authority_type') }}, presents this request for mutual legal assistance to the competent authorities of {{ a.requested_state|country }}.

{% if a.conducting_authority_differs %}
The proceedings are conducted by {{ a.conducting_authority.name|t }}, {{ a.conducting_authority.address|t }}. Its functions in the proceedings: {{ a.conducting_authority.functions|ml }}
{% endif %}

The request is addressed to {{ a.requested_central_authority.name|t }}, as the central authority designated to receive requests for mutual legal assistance.
{% if a.requested_central_authority.address %}
> {{ a.requested_central_authority.address|t }}
{% endif %}

{% if a.transmission_channel %}
It is transmitted through the following channel: {{ a.transmission_channel|choice('transmission_channel') }}.
{% endif %}

{% if a.previous_requests %}
This request relates to the following earlier requests or messages:
{% for r in a.previous_requests %}
- {{ r.date|date }}, reference {{ r.reference|t }}, {{ r.type|t }}
{% endfor %}
{% endif %}

## Legal basis

This request is made under the following instruments: {{ a.legal_basis|choices('legal_basis') }}.

{% if a.legal_basis_details %}
{{ a.legal_basis_details|ml }}
{% endif %}

{% if a.reciprocity_assurance %}
{{ a.reciprocity_assurance|ml }}
{% endif %}

## Subject matter and nature of the proceedings

The request is made in proceedings at the stage of {{ a.proceedings_stage|choice('proceedings_stage') }}.

{{ a.subject_matter|ml }}

{% if a.facts_summary %}
## Summary of the facts

{{ a.facts_summary|ml }}
{% endif %}

## Offences

{% for o in a.offences %}
Offence {{ loop.index }}: {{ o.name|t }}, under {{ o.statute_citation|t }}.
{% if o.max_penalty_years %}
> Maximum penalty: {{ o.max_penalty_years }} years' deprivation of liberty.
{% endif %}
{% if o.committed_from_to %}
> Period of commission: {{ o.committed_from_to|dates }}.
{% endif %}
{% if o.place_country %}
> Place of commission: {{ o.place_country|country }}.
{% endif %}
{% if o.place_details %}
> {{ o.place_details|t }}
{% endif %}
{% if o.provision_text %}
> Text of the provision: {{ o.provision_text|ml }}
{% endif %}

{% endfor %}

{% if a.untoc_scope_statement %}
The offences are serious crimes of a transnational nature involving an organized criminal group within the meaning of articles 2 and 3 of the United Nations Convention against Transnational Organized Crime:

{{ a.untoc_scope_statement|ml }}
{% endif %}

{% if a.dual_criminality_note %}
Description of the conduct, for the assessment of dual criminality:

{{ a.dual_criminality_note|ml }}
{% endif %}

{% if a.persons %}
## Persons concerned

{% for p in a.persons %}
{% if p.kind == 'natural_person' %}
Person {{ loop.index }} ({{ p.role|choice('persons.role') }}): {{ p.person.family_name|t }}, {{ p.person.given_names|t }}.
{% if p.person.other_names %}| Other names | {{ p.person.other_names|t }} |
{% endif %}
{% if p.person.date_of_birth %}| Date of birth | {{ p.person.date_of_birth|date }} |
{% endif %}
{% if p.person.place_of_birth %}| Place of birth | {{ p.person.place_of_birth|t }} |
{% endif %}
{% if p.person.nationality %}| Nationality | {{ p.person.nationality|country }} |
{% endif %}
{% if p.person.other_nationality %}| Other nationality | {{ p.person.other_nationality|country }} |
{% endif %}
{% if p.person.identity_documents %}| Identity documents | {{ p.person.identity_documents|t }} |
{% endif %}
{% if p.person.address %}| Address | {{ p.person.address|t }} |
{% endif %}
{% if p.person.address_country %}| Country of residence | {{ p.person.address_country|country }} |
{% endif %}
{% endif %}
{% if p.kind == 'legal_person' %}
Person {{ loop.index }} ({{ p.role|choice('persons.role') }}): {{ p.organisation.name|t }}.
{% if p.organisation.registration_number %}| Registration number | {{ p.organisation.registration_number|t }} |
{% endif %}
{% if p.organisation.address %}| Address | {{ p.organisation.address|t }} |
{% endif %}
{% if p.organisation.country %}| Country | {{ p.organisation.country|country }} |
{% endif %}
{% endif %}

{% endfor %}
{% endif %}

## Assistance requested

The assistance requested is: {{ a.assistance_types|choices('assistance_types') }}.

{{ a.assistance_description|ml }}

{% if a.ev_witnesses %}
Persons to be heard:
{% for w in a.ev_witnesses %}
Person to be heard {{ loop.index }}: {{ w.person.family_name|t }}, {{ w.person.given_names|t }}, to be heard as {{ w.capacity|choice('ev_witnesses.capacity') }}.
{% if w.person.date_of_birth %}| Date of birth | {{ w.person.date_of_birth|date }} |
{% endif %}
{% if w.person.nationality %}| Nationality | {{ w.person.nationality|country }} |
{% endif %}
{% if w.person.identity_documents %}| Identity documents | {{ w.person.identity_documents|t }} |
{% endif %}
{% if w.location %}| Address for summons | {{ w.location|t }} |
{% endif %}
{% if w.language %}| Language | {{ w.language|language }} |
{% endif %}

{% endfor %}
{% endif %}

{% if a.ev_caution_text %}
Before being heard, a suspect or accused person should be informed of the following rights and given the following caution:

{{ a.ev_caution_text|ml }}
{% endif %}

{% if a.ev_questions %}
It is requested that the following questions be put:
{% for q in a.ev_questions %}
- {{ q.question|t }}
{% endfor %}
{% endif %}

{% if a.ev_statement_form %}
Form of the statement: {{ a.ev_statement_form|choice('ev_statement_form') }}.
{% endif %}
{% if a.ev_recording %}
Recording of the statement: {{ a.ev_recording|choices('ev_recording') }}.
{% endif %}

{% if a.ev_records_holder %}
Records are requested from {{ a.ev_records_holder.name|t }}, {{ a.ev_records_holder.address|t }}, {{ a.ev_records_holder.country|country }}.
{% endif %}
{% if a.ev_record_types %}
Types of records requested:
{% for r in a.ev_record_types %}
- {{ r.record_type|t }}
{% endfor %}
{% endif %}
{% if a.ev_records_period %}
Period covered: {{ a.ev_records_period|dates }}.
{% endif %}
{% if a.ev_certification %}
Certification required: {{ a.ev_certification|ml }}
{% endif %}

{% if a.procedures_requested %}
## Procedures to be followed

{{ a.procedures_requested|ml }}
{% endif %}

{% if a.officials_presence and a.officials_presence.requested %}
The requesting authority asks to be informed of the date and place of execution and that the following persons be permitted to attend: {{ a.officials_presence.attendees|t }}.
{% endif %}

{% if a.return_format %}
It is requested that the evidence be provided in the following form: {{ a.return_format|choices('return_format') }}.
{% endif %}

## Purpose of the request

{{ a.purpose_relevance|ml }}

{% if a.other_intended_uses %}
The requesting authority also intends to use the evidence and information obtained in the following proceedings, for which the consent of the requested State is sought now:

{{ a.other_intended_uses|ml }}
{% endif %}

{% if a.urgency_reasons %}
## Urgency

{{ a.urgency_reasons|ml }}
{% endif %}
{% if a.deadline_reason %}
Execution is requested by {{ a.requested_deadline|date }} for the following reason: {{ a.deadline_reason|ml }}
{% endif %}

{% if a.confidentiality_required %}
## Confidentiality

The requested State is asked to keep this request and its contents confidential, except to the extent needed to execute it, for the following reasons:

{{ a.confidentiality_reasons|ml }}

If confidentiality cannot be maintained: {{ a.if_confidentiality_impossible|choice('if_confidentiality_impossible') }}.
{% endif %}

{% if a.contact_person %}
## Contact

For any question about this request, please contact {{ a.contact_person.given_names|t }} {{ a.contact_person.family_name|t }}, {{ a.contact_person.title|t }}.
| Telephone | {{ a.contact_person.phone|t }} |
| E-mail | {{ a.contact_person.email|t }} |
| Languages | {{ a.contact_person.languages|t }} |
| Office hours | {{ a.contact_person.office_hours|t }} |
| Time zone | {{ a.contact_person.time_zone|t }} |
{% endif %}

{% if a.annexes %}
## Annexes

{% for x in a.annexes %}
- Annex {{ loop.index }}: {{ x.title|t }}
{% endfor %}
{% endif %}
{% if a.translation_included %}
> A translation of this request and of its annexes into a language accepted by the requested State is attached.
{% endif %}

> The requesting authority thanks the competent authorities of {{ a.requested_state|country }} for their assistance and assures them of its readiness to assist them in similar matters.

> {{ a.request_date|date }}

{% if a.signatory %}
> {{ a.signatory.name|t }} {{ a.signatory.title|t }}
{% if a.signatory.signature_and_seal %}
> (signature and official seal)
{% endif %}
{% endif %}
"""#

    /// The driver: `python3 render.py NAMES TEMPLATE DRAFT [REPEAT]` prints the document; with
    /// REPEAT it renders that many more times and prints the median time of one render in
    /// milliseconds instead.
    static let script = #"""
import datetime, json, statistics, sys, textwrap, time
from jinja2 import ChainableUndefined, Environment

names = json.load(open(sys.argv[1], encoding="utf-8"))
terms = names["terms"]
MISSING = terms["missing"]

def present(value):
    return not isinstance(value, ChainableUndefined) and value is not None

def t(value):
    if not present(value):
        return MISSING
    if isinstance(value, dict) and value.get("not_known"):
        return terms["not_known"]
    if value is True or value is False:
        return terms["yes" if value else "no"]
    return str(value)

def ml(value):
    """A multiline answer: paragraphs stay apart, line breaks inside one are kept as vertical tabs."""
    if not present(value) or isinstance(value, dict):
        return t(value)
    return "\n\n".join(part.replace("\n", "\v") for part in value.split("\n\n"))

def date(value):
    if not present(value) or isinstance(value, dict):
        return t(value)
    day = datetime.date.fromisoformat(value)
    return "%d %s" % (day.day, day.strftime("%B %Y"))

def dates(value):
    if not present(value):
        return MISSING
    start, end = value.split("/")
    return terms["range"].replace("{start}", date(start)).replace("{end}", date(end))

def country(value):
    return names["countries"].get(value, value) if present(value) and not isinstance(value, dict) else t(value)

def language(value):
    return names["languages"].get(value, value) if present(value) and not isinstance(value, dict) else t(value)

def label(key, code):
    node = terms["choices"]
    for part in key.split("."):
        node = node[part]
    return node.get(code, code)

def choice(value, key):
    return label(key, value) if present(value) and not isinstance(value, dict) else t(value)

def choices(value, key):
    if not present(value):
        return MISSING
    items = [label(key, code) for code in value]
    separator = terms.get("list_separator", ", ")
    last = terms.get("list_last_separator", " and ")
    return items[0] if len(items) == 1 else separator.join(items[:-1]) + last + items[-1]

def wrap(text, width):
    width = max(width, 20)
    lines = []
    for source in text.split("\v"):
        lines += textwrap.wrap(source, width, break_on_hyphens=False) or [""]
    return lines

def layout(marked, width=78):
    """Numbers headings and paragraphs and wraps lines, as mla's TextWriter does."""
    blocks, paragraph, numbered, table, bullets = [], [], True, [], []
    heading = number = 0
    def flush():
        nonlocal paragraph, table, bullets, number
        if paragraph:
            label = None
            if numbered:
                number += 1
                label = "%d.%d" % (heading, number) if heading else str(number)
            indent = max(len(label or "") + 2, 5)
            body = wrap(" ".join(paragraph), width - indent)
            first = (label + " " * (indent - len(label))) if label else " " * indent
            blocks.append("\n".join((first if i == 0 else " " * indent) + line for i, line in enumerate(body)))
            paragraph = []
        if table:
            labels = min(28, max(len(row[0]) for row in table))
            out = []
            for row in table:
                for i, line in enumerate(wrap(row[1], width - 7 - labels)):
                    out.append(("     " + row[0].ljust(labels) if i == 0 else " " * (5 + labels)) + "  " + line)
            blocks.append("\n".join(out))
            table = []
        if bullets:
            blocks.append("\n".join(bullets))
            bullets = []
    for line in marked.split("\n"):
        line = line.strip(" ")
        if line.startswith("| "):
            if paragraph or bullets: flush()
            cells = [cell.strip() for cell in line.strip("|").split("|")]
            table.append((cells[0], "  ".join(cells[1:])))
        elif not line:
            flush()
        elif line.startswith("## "):
            flush(); heading += 1; number = 0
            title = "%d. %s" % (heading, line[3:].upper())
            blocks.append("\n".join(wrap(title, width)) + "\n" + "-" * min(width, len(title)))
        elif line.startswith("# "):
            flush()
            blocks.append("\n".join(l.center(width).rstrip() for l in wrap(line[2:].upper(), width)))
        elif line.startswith("- "):
            if paragraph or table: flush()
            bullets += [("     - " if i == 0 else "       ") + l for i, l in enumerate(wrap(line[2:], width - 7))]
        elif line.startswith(">"):
            flush()
            numbered = False
            paragraph.append(line[1:].strip())
        else:
            flush()
            numbered = True
            paragraph.append(line)
    flush()
    return "\n\n".join(blocks) + "\n"

environment = Environment(trim_blocks=True, lstrip_blocks=True, undefined=ChainableUndefined, autoescape=False)
environment.filters.update(t=t, ml=ml, date=date, dates=dates, country=country, language=language, choice=choice, choices=choices)
template = environment.from_string(open(sys.argv[2], encoding="utf-8").read())
answers = json.load(open(sys.argv[3], encoding="utf-8"))["answers"]

def render():
    return layout(template.render(a=answers, terms=terms))

if len(sys.argv) > 4:
    times = []
    for _ in range(int(sys.argv[4])):
        start = time.perf_counter()
        render()
        times.append((time.perf_counter() - start) * 1000)
    print("%.3f" % statistics.median(times))
else:
    sys.stdout.write(render())
"""#
}
