"""Applicants (申请人): a person or an organisation, with an optional agent (代理人).

Identity numbers are validated where they have a check character (resident ID card: GB 11643;
unified social credit code: GB 32100) and stored in canonical form; everything shown or printed uses
the masked form.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass, replace

from windowdesk.domain.identity import mask_id_number, mask_phone, validate_credit_code, validate_resident_id
from windowdesk.errors import UserError
from windowdesk.messages import N_

KINDS = {"person": N_("person"), "organisation": N_("organisation")}
ID_TYPES = {
    "resident_id": N_("resident ID card"),
    "passport": N_("passport"),
    "other": N_("other document"),
    "credit_code": N_("unified social credit code"),
}
PERSON_ID_TYPES = ("resident_id", "passport", "other")
_PHONE = re.compile(r"^[0-9+()\- ]{3,40}$")
_OTHER_ID = re.compile(r"^[0-9A-Z\-]{4,30}$")


@dataclass(frozen=True)
class Agent:
    name: str
    id_type: str
    id_number: str
    phone: str = ""
    authorisation: str = "授权委托书"  # the material that authorises the agent


@dataclass(frozen=True)
class Applicant:
    kind: str  # person | organisation
    name: str
    id_type: str
    id_number: str
    phone: str = ""
    legal_representative: str = ""  # organisations only
    agent: Agent | None = None

    @property
    def masked_id(self) -> str:
        return mask_id_number(self.id_number)

    @property
    def masked_phone(self) -> str:
        return mask_phone(self.phone) if self.phone else ""


def _clean(text: str) -> str:
    return unicodedata.normalize("NFKC", text or "").strip()


def _id_number(id_type: str, number: str, today: dt.date) -> str:
    if id_type == "resident_id":
        return validate_resident_id(number, today=today)
    if id_type == "credit_code":
        return validate_credit_code(number)
    if id_type not in ID_TYPES:
        raise UserError("Invalid ID type: {t}", t=id_type)
    cleaned = "".join(_clean(number).split()).upper()
    if not _OTHER_ID.match(cleaned):
        raise UserError(
            "A document number is 4 to 30 letters or digits",
        )
    return cleaned


def _phone(phone: str) -> str:
    phone = _clean(phone)
    if phone and not _PHONE.match(phone):
        raise UserError("Not a phone number: {p}", p=phone)
    return phone


def normalise_applicant(applicant: Applicant, today: dt.date) -> Applicant:
    """Validate and canonicalise, or raise :class:`UserError` saying what is wrong (``today``, the
    hall's date, bounds a birth date)."""
    if applicant.kind not in KINDS:
        raise UserError("Invalid applicant kind: {k}", k=applicant.kind)
    name = _clean(applicant.name)
    if not name:
        raise UserError("Enter the applicant's name")
    if len(name) > 100:
        raise UserError("The applicant's name is at most 100 characters")
    if applicant.kind == "person" and applicant.id_type not in PERSON_ID_TYPES:
        raise UserError(
            "A person is identified by a resident ID card, a passport or another personal document",
        )
    if applicant.kind == "organisation" and applicant.id_type != "credit_code":
        raise UserError(
            "An organisation is identified by its unified social credit code",
        )
    legal_rep = _clean(applicant.legal_representative)
    if applicant.kind == "organisation" and not legal_rep:
        raise UserError("Enter the legal representative")
    if applicant.kind == "person" and legal_rep:
        raise UserError("A person has no legal representative")
    agent = applicant.agent
    if agent is not None:
        agent_name = _clean(agent.name)
        if not agent_name:
            raise UserError("Enter the agent's name")
        if agent.id_type not in PERSON_ID_TYPES:
            raise UserError("An agent is identified by a personal document")
        if not _clean(agent.authorisation):
            raise UserError("Name the material that authorises the agent")
        agent = Agent(
            agent_name,
            agent.id_type,
            _id_number(agent.id_type, agent.id_number, today),
            _phone(agent.phone),
            _clean(agent.authorisation),
        )
    return replace(
        applicant,
        name=name,
        id_number=_id_number(applicant.id_type, applicant.id_number, today),
        phone=_phone(applicant.phone),
        legal_representative=legal_rep,
        agent=agent,
    )


def validate_id_number(id_type: str, number: str, *, today: dt.date) -> str:
    """One identity document's number checked and canonicalised as :func:`normalise_applicant` checks
    it (a form checks each field as it is typed); ``today`` bounds a resident ID's birth date."""
    return _id_number(id_type, number, today)


def validate_phone(phone: str) -> str:
    """A phone number as :func:`normalise_applicant` accepts it (empty is allowed: it is optional)."""
    return _phone(phone)
