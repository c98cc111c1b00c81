"""POST /api/documents as JSON: the body checked against a schema before anything is
stored, so a wrong type or value is a 422 naming the field, never a 500 or a bad row."""

from __future__ import annotations

import json
from typing import Any

from fastapi import HTTPException
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from concord.document import Document
from concord.read.common import declared_language, iso_date


class DocumentBody(BaseModel):
    """The fields the JSON Lines reader knows; others are ignored, as there."""

    model_config = ConfigDict(strict=True, extra="ignore")
    text: str = Field(description="The report's text; not empty")
    title: str | None = None
    source: str | None = Field(None, description='The outlet; "api" when not given')
    url: str | None = Field(None, description="An http(s) address")
    published: str | None = Field(None, description="Publication date, e.g. 2026-10-15")
    language: str | None = Field(None, description="A language tag; detected when not given")

    @field_validator("text")
    @classmethod
    def _text(cls, value: str) -> str:
        if not value.strip():
            raise ValueError("must not be empty")
        return value

    @field_validator("url")
    @classmethod
    def _url(cls, value: str | None) -> str | None:
        if value is None or not value.strip():
            return None
        if not value.strip().lower().startswith(("http://", "https://")):
            raise ValueError("must be an http(s) address")
        return value.strip()

    @field_validator("published")
    @classmethod
    def _published(cls, value: str | None) -> str | None:
        if value is None or not value.strip():
            return None
        return iso_date(value)  # its ValueError says what is wrong


def _no_lone_surrogates(record: dict[str, Any]) -> None:
    """JSON may escape half a surrogate pair; no database can store that. Only the
    fields read are checked (others are ignored, however deep)."""
    for field in DocumentBody.model_fields:
        value = record.get(field)
        if isinstance(value, str):
            try:
                value.encode("utf-8")
            except UnicodeEncodeError:
                raise HTTPException(422, f'"{field}" holds a lone surrogate') from None


def _field_errors(error: ValidationError) -> str:
    return "; ".join(
        f"{'.'.join(str(part) for part in problem['loc']) or 'body'}: {problem['msg']}"
        for problem in error.errors(include_url=False, include_input=False)
    )


def document_from_json(body: bytes) -> Document:
    """The JSON body as a Document; 400 when it is not UTF-8 JSON, 422 naming the field
    that is wrong."""
    try:
        record = json.loads(body.decode("utf-8"))
    except UnicodeDecodeError as error:
        raise HTTPException(400, f"the body is not UTF-8 (byte {error.start})") from None
    except json.JSONDecodeError as error:
        raise HTTPException(422, f"not valid JSON ({error.msg})") from None
    except RecursionError:
        raise HTTPException(422, "not readable JSON (nested too deeply)") from None
    if not isinstance(record, dict):
        raise HTTPException(422, 'expected a JSON object with a non-empty "text"')
    _no_lone_surrogates(record)
    try:
        checked = DocumentBody.model_validate(record)
    except ValidationError as error:
        raise HTTPException(422, _field_errors(error)) from None
    return Document(
        text=checked.text,
        title=checked.title or "",
        source=checked.source or "api",
        url=checked.url,
        published=checked.published,
        language=declared_language(checked.language),
    )


# The route reads its body itself (size-capped while it streams, three content types),
# so FastAPI cannot infer it; this declares what the route accepts, for /openapi.json.
DOCUMENT_BODY: dict[str, Any] = {
    "requestBody": {
        "required": True,
        "description": "One report, at most 2 MB: a JSON object (checked against "
        "DocumentBody; a bad field is a 422 naming it), an HTML page or plain text.",
        "content": {
            "application/json": {"schema": DocumentBody.model_json_schema()},
            "text/html": {"schema": {"type": "string", "title": "HTML page"}},
            "text/plain": {"schema": {"type": "string", "title": "Plain text"}},
        },
    }
}
