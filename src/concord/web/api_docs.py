"""The API's documentation as a plain server-rendered page: FastAPI's /docs and /redoc load
their scripts from a CDN, which the site's Content-Security-Policy (rightly) blocks, so
they showed a blank page. This one reads app.openapi() and needs no script at all."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

METHODS = ("get", "post", "put", "patch", "delete")

# Constraints worth a reader's eye, as OpenAPI names them, in the order shown.
CONSTRAINTS = {
    "default": "default",
    "minimum": "≥",
    "maximum": "≤",
    "minLength": "min length",
    "maxLength": "max length",
    "pattern": "pattern",
}

LABELS = {
    "ru": {"title": "Документация API", "parameters": "Параметры", "name": "Имя",
           "where": "Где", "type": "Тип", "required": "Обязателен", "yes": "да", "no": "нет",
           "constraints": "Ограничения", "body": "Тело запроса", "responses": "Ответы",
           "schema": "Схема OpenAPI"},
    "en": {"title": "API documentation", "parameters": "Parameters", "name": "Name",
           "where": "In", "type": "Type", "required": "Required", "yes": "yes", "no": "no",
           "constraints": "Constraints", "body": "Request body", "responses": "Responses",
           "schema": "OpenAPI schema"},
}  # fmt: skip


@dataclass(frozen=True)
class Parameter:
    name: str
    where: str  # query, path, header, cookie
    type: str
    required: bool
    constraints: str


@dataclass(frozen=True)
class Endpoint:
    method: str
    path: str
    summary: str
    description: str
    parameters: list[Parameter] = field(default_factory=list)
    body: list[tuple[str, str]] = field(default_factory=list)  # (media type, schema type)
    responses: list[tuple[str, str]] = field(default_factory=list)  # (code, description)

    @property
    def anchor(self) -> str:
        cleaned = "".join(c if c.isalnum() else "-" for c in self.path).strip("-")
        return f"{self.method}-{cleaned or 'root'}"


def type_of(schema: dict[str, Any]) -> str:
    """A JSON schema in a few words: "integer", "string or null", "array of Fact"."""
    if "$ref" in schema:
        return str(schema["$ref"]).rsplit("/", 1)[-1]
    for combined in ("anyOf", "oneOf", "allOf"):
        if combined in schema:
            return " or ".join(type_of(part) for part in schema[combined])
    if "enum" in schema:
        return "one of " + ", ".join(str(value) for value in schema["enum"])
    if schema.get("type") == "array":
        return "array of " + type_of(schema.get("items", {}))
    return str(schema.get("type", "any"))


def constraints_of(schema: dict[str, Any]) -> str:
    """Default and bounds, also from inside an anyOf (FastAPI puts a nullable's there)."""
    found = dict(schema)
    for part in schema.get("anyOf", []):
        found = {**part, **found}
    return "; ".join(f"{label} {found[key]}" for key, label in CONSTRAINTS.items() if key in found)


def endpoints(openapi: dict[str, Any]) -> list[Endpoint]:
    """Every operation of the schema, in its order."""
    listed = []
    for path, operations in openapi.get("paths", {}).items():
        for method in METHODS:
            operation = operations.get(method)
            if operation is None:
                continue
            parameters = [
                Parameter(
                    name=p["name"],
                    where=p["in"],
                    type=type_of(p.get("schema", {})),
                    required=bool(p.get("required")),
                    constraints=constraints_of(p.get("schema", {})),
                )
                for p in operation.get("parameters", [])
            ]
            content = operation.get("requestBody", {}).get("content", {})
            body = [(media, type_of(c.get("schema", {}))) for media, c in content.items()]
            responses = [
                (code, r.get("description", "")) for code, r in operation["responses"].items()
            ]
            listed.append(
                Endpoint(
                    method=method.upper(),
                    path=path,
                    summary=operation.get("summary", ""),
                    description=operation.get("description", ""),
                    parameters=parameters,
                    body=body,
                    responses=responses,
                )
            )
    return listed


def api_docs_router() -> APIRouter:
    router = APIRouter()

    @router.get("/docs", response_class=HTMLResponse, include_in_schema=False)
    async def api_docs(request: Request) -> HTMLResponse:
        """Every endpoint with its parameters and answers, from the OpenAPI schema."""
        openapi = request.app.openapi()
        page: Any = request.app.state.page
        return page(
            request, "api_docs.html", endpoints=endpoints(openapi), labels=LABELS,
            info=openapi.get("info", {}),
        )  # fmt: skip

    return router
