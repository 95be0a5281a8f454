package org.peerpath.api.querybudget;

import org.peerpath.common.testing.QueryBudget;

/**
 * How many SQL statements each endpoint may prepare. List budgets hold for a full page: the tests also check that a
 * page of twenty costs no more than a page of two. Raise a budget only for a reason you can name in the commit.
 */
final class Budgets {

    static final QueryBudget RECORDS = QueryBudget.of(
            // endpoint                                      statements
            "GET /v1/caseload",                               5,
            "GET /v1/peers",                                  5,
            "GET /v1/peers/{id}",                             6,
            "GET /v1/peers/{id}/sessions",                    8,
            "GET /v1/sessions/{id}",                          8,
            "GET /v1/sessions/{id}/note",                     7,
            "GET /v1/peers/{id}/goals",                       8,
            "GET /v1/goals/{id}",                             8,
            // a lock per person, the overlap query and the time claims (issue 12) came on top of 11
            "POST /v1/peers/{id}/sessions",                   16,
            "POST /v1/sessions/{id}/note/signature",          12);

    static final QueryBudget EHR = QueryBudget.of(
            "GET /v1/sync/notes",                             5,
            "GET /fhir/r4/Patient",                           5,
            "GET /fhir/r4/Patient/{id}",                      4,
            "GET /fhir/r4/DocumentReference",                 6,
            "GET /fhir/r4/CareTeam",                          6,
            "GET /fhir/r4/$export-status/{id}",               1);

    private Budgets() {
    }
}
