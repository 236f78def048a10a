"""The live OpenAPI document against the API: schemathesis generates requests from it.

Every answer must conform to the document (status, content type, body,
headers), and nothing may be a 5xx, for valid and for invalid requests.
"Invalid data is rejected" is not checked here: a negative case that drops
the Authorization header gets it back from the live key the test adds, so
the check fails on requests the API rightly accepts. The 422s and 401s are
asserted one by one in test_api.py. Schema-valid requests may still be
refused (an unknown program_id, a rule that never happens), so "valid data
is accepted" is not checked either. Each operation gets positive and negative examples through
schemathesis's Hypothesis strategies (its pytest plugin does not run under
pytest 9.2, which renamed the node attribute it rewrites).
"""

import pytest
import schemathesis
from hypothesis import HealthCheck, Phase, given, settings
from schemathesis import GenerationMode
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_headers_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from flows.admin.apikeys import create_key

CHECKS = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_schema_conformance,
    response_headers_conformance,
]
EXAMPLES = 60  # per operation and mode: about 30 s for both databases


@pytest.fixture
def bearer(rt) -> dict:
    """Headers with a live API key."""
    with rt.db.transaction() as session:
        _, key = create_key(session, "schemathesis", rt.clock.now())
    return {"Authorization": f"Bearer {key}"}


def exercise(strategy, headers: dict) -> None:
    """Run generated cases of one operation and mode through the checks."""

    @given(case=strategy)
    @settings(
        max_examples=EXAMPLES,
        deadline=None,
        database=None,
        phases=[Phase.generate, Phase.shrink],
        suppress_health_check=list(HealthCheck),
    )
    def run(case):
        case.call_and_validate(headers=headers, checks=CHECKS)

    run()


def test_api_conforms_to_its_openapi_document(app, bearer):
    schema = schemathesis.openapi.from_wsgi("/api/v1/openapi.json", app)
    operations = [result.ok() for result in schema.get_all_operations()]
    assert len(operations) == 34
    for operation in operations:
        for mode in (GenerationMode.POSITIVE, GenerationMode.NEGATIVE):
            exercise(operation.as_strategy(generation_mode=mode), bearer)
