import re
p='/work/wt-dispute/adapters/rest/src/main/openapi/openapi.yaml'
s=open(p).read()

MED="Roles: `MEDIATOR`, `COMMUNITY_STAFF`, `STREET_OFFICER`."
def change(path, op, summary, desc, schema, roles=MED, required=True):
    body = f"""      requestBody:
        required: {'true' if required else 'false'}
        content:
          application/json:
            schema:
              $ref: '#/components/schemas/{schema}'
"""
    return f"""  {path}:
    post:
      tags: [Disputes]
      operationId: {op}
      summary: {summary}
      description: |
        {desc} {roles}
        `If-Match` names the dispute's version; a stale one is 412 and nothing changes. A change the flow does not allow
        now is 409 naming the state.
      parameters:
        - $ref: '#/components/parameters/DisputeIdPath'
        - $ref: '#/components/parameters/IfMatch'
{body}      responses:
        '200':
          $ref: '#/components/responses/DisputeChanged'
        '400':
          $ref: '#/components/responses/BadRequest'
        '401':
          $ref: '#/components/responses/Unauthorized'
        '403':
          $ref: '#/components/responses/Forbidden'
        '404':
          $ref: '#/components/responses/NotFound'
        '409':
          $ref: '#/components/responses/Conflict'
        '412':
          $ref: '#/components/responses/PreconditionFailed'
        '413':
          $ref: '#/components/responses/RequestTooLarge'
        '428':
          $ref: '#/components/responses/PreconditionRequired'
"""

def get(path, op, summary, desc, schema, params, etag=False, extra=""):
    ps = "".join(f"        - {x}\n" for x in params)
    et = """          headers:
            ETag:
              description: The version of the resource as an entity tag, e.g. `"3"`; send it back in `If-Match` to change it.
              style: simple
              schema:
                type: string
                example: '"3"'
""" if etag else ""
    return f"""  {path}:
    get:
      tags: [Disputes]
      operationId: {op}
      summary: {summary}
      description: |
        {desc}
      parameters:
{ps}      responses:
        '200':
          description: {summary}.
{et}          content:
            application/json:
              schema:
                $ref: '#/components/schemas/{schema}'
        '400':
          $ref: '#/components/responses/BadRequest'
        '401':
          $ref: '#/components/responses/Unauthorized'
        '403':
          $ref: '#/components/responses/Forbidden'
        '404':
          $ref: '#/components/responses/NotFound'
"""

AREA_Q = """name: area
          in: query
          required: false
          description: The area (12-digit code) whose disputes to list; by default the caller's jurisdiction.
          style: form
          explode: true
          schema:
            type: string
            pattern: '^[0-9]{6}([0-9]{6})?$'
            example: '510104022001'"""
STATE_Q = """name: state
          in: query
          required: false
          description: Only disputes in this state.
          style: form
          explode: true
          schema:
            $ref: '#/components/schemas/DisputeState'"""
def date_q(name, desc):
    return f"""name: {name}
          in: query
          required: true
          description: {desc}
          style: form
          explode: true
          schema:
            type: string
            format: date
            example: '2025-09-01'"""

paths = ""
paths += """  /api/v1/mediation-centres:
    post:
      tags: [Disputes]
      operationId: registerMediationCentre
      summary: Register or replace a mediation centre
      description: |
        The one-stop centre (一站式矛盾纠纷调解中心) of an area at city, district, street or community level, with its
        mediators (their token subjects and names) and the dispute types it takes (none: every type). Registering the
        centre of an area that has one replaces it. Roles: `CITY_ADMIN`, `INTEGRATOR`, for an area in their jurisdiction.
      parameters:
        - $ref: '#/components/parameters/IdempotencyKey'
      requestBody:
        required: true
        content:
          application/json:
            schema:
              $ref: '#/components/schemas/MediationCentre'
      responses:
        '201':
          description: The centre was registered.
          headers:
            Location:
              description: Where the centres of the area are listed.
              style: simple
              schema:
                type: string
                format: uri-reference
          content:
            application/json:
              schema:
                $ref: '#/components/schemas/MediationCentre'
        '400':
          $ref: '#/components/responses/BadRequest'
        '401':
          $ref: '#/components/responses/Unauthorized'
        '403':
          $ref: '#/components/responses/Forbidden'
        '404':
          $ref: '#/components/responses/NotFound'
        '413':
          $ref: '#/components/responses/RequestTooLarge'
        '422':
          $ref: '#/components/responses/IdempotencyKeyReused'
"""
paths += get("/api/v1/areas/{code}/mediation-centres", "listMediationCentres", "List the mediation centres of an area",
             "The centres registered inside the area (the area's own included), by area code. Every role.",
             "MediationCentreList", ["$ref: '#/components/parameters/AreaCodePath'"])
paths += """  /api/v1/disputes:
    post:
      tags: [Disputes]
      operationId: openDispute
      summary: Open a dispute
      description: |
        Intake of a dispute (矛盾纠纷) from a grid event (`gridEventId`, which then shows the dispute), a walk-in, the
        hotline, a court referral (诉前委派), a petition or a night visit (平安夜访): its parties, type (one of the
        city's types), facts, claims, amount, people involved, risk with reasons, and whether it is a petition backlog
        case. The city's routing policy assigns a centre (by default by risk: LOW community, MEDIUM street, HIGH
        district, CRITICAL city); the acceptance deadline runs in working days. A party without a name, an invalid ID
        number or mobile is 400 naming the field, and nothing is written. Roles: `GRID_WORKER`, `COMMUNITY_STAFF`,
        `STREET_OFFICER`, `MEDIATOR`, `INTEGRATOR`.
      parameters:
        - $ref: '#/components/parameters/IdempotencyKey'
      requestBody:
        required: true
        content:
          application/json:
            schema:
              $ref: '#/components/schemas/NewDispute'
      responses:
        '201':
          description: The dispute was opened and routed.
          headers:
            Location:
              description: Where the created resource is.
              style: simple
              schema:
                type: string
                format: uri-reference
            ETag:
              description: The version of the resource as an entity tag, e.g. `"3"`; send it back in `If-Match` to change it.
              style: simple
              schema:
                type: string
                example: '"1"'
          content:
            application/json:
              schema:
                $ref: '#/components/schemas/DisputeChange'
        '400':
          $ref: '#/components/responses/BadRequest'
        '401':
          $ref: '#/components/responses/Unauthorized'
        '403':
          $ref: '#/components/responses/Forbidden'
        '404':
          $ref: '#/components/responses/NotFound'
        '409':
          $ref: '#/components/responses/Conflict'
        '413':
          $ref: '#/components/responses/RequestTooLarge'
        '422':
          $ref: '#/components/responses/IdempotencyKeyReused'
    get:
      tags: [Disputes]
      operationId: listDisputes
      summary: List disputes
      description: |
        The disputes inside an area (by default the caller's jurisdiction), newest first, optionally in one state.
        Parties' names, ID numbers and mobiles are masked without `PERSONAL_DATA`. Every role.
      parameters:
        - """ + AREA_Q + """
        - """ + STATE_Q + """
        - $ref: '#/components/parameters/Cursor'
        - $ref: '#/components/parameters/Limit'
      responses:
        '200':
          description: One page of disputes.
          content:
            application/json:
              schema:
                $ref: '#/components/schemas/DisputePage'
        '400':
          $ref: '#/components/responses/BadRequest'
        '401':
          $ref: '#/components/responses/Unauthorized'
        '403':
          $ref: '#/components/responses/Forbidden'
        '404':
          $ref: '#/components/responses/NotFound'
"""
paths += """  /api/v1/overdue-disputes:
    get:
      tags: [Disputes]
      operationId: listOverdueDisputes
      summary: List overdue disputes
      description: |
        Open disputes inside an area whose acceptance or conclusion deadline has passed, earliest deadline first. The
        platform escalates them to the centre one level up every minute. Every role.
      parameters:
        - """ + AREA_Q + """
        - $ref: '#/components/parameters/Cursor'
        - $ref: '#/components/parameters/Limit'
      responses:
        '200':
          description: One page of overdue disputes.
          content:
            application/json:
              schema:
                $ref: '#/components/schemas/DisputePage'
        '400':
          $ref: '#/components/responses/BadRequest'
        '401':
          $ref: '#/components/responses/Unauthorized'
        '403':
          $ref: '#/components/responses/Forbidden'
        '404':
          $ref: '#/components/responses/NotFound'
"""
paths += get("/api/v1/disputes/{disputeId}", "getDispute", "Read a dispute",
             "One dispute as it stands. The `ETag` is its version, for `If-Match` on the next change. Every role.",
             "Dispute", ["$ref: '#/components/parameters/DisputeIdPath'"], etag=True)
paths += get("/api/v1/disputes/{disputeId}/timeline", "getDisputeTimeline", "Read a dispute's timeline",
             "Every change of the dispute, oldest first; only ever appended to. Every role.",
             "DisputeTimeline", ["$ref: '#/components/parameters/DisputeIdPath'"])
paths += get("/api/v1/events/{eventId}/dispute", "getEventDispute", "Read the dispute opened from a grid event",
             "The grid event's side of the link: the dispute opened from it, or 404 if none was. Every role.",
             "Dispute", ["$ref: '#/components/parameters/EventIdPath'"], etag=True)
paths += change("/api/v1/disputes/{disputeId}/accept", "acceptDispute", "Accept a dispute",
                "The centre takes the dispute on (OPENED → ACCEPTED); the conclusion deadline starts.", "DisputeRemark", required=False)
paths += change("/api/v1/disputes/{disputeId}/escalate", "escalateDispute", "Escalate a dispute",
                "Hands the open dispute to the registered centre one level up, with a reason and a fresh deadline.", "DisputeReason")
paths += change("/api/v1/disputes/{disputeId}/channel", "changeDisputeChannel", "Change the mediation channel",
                "People's, administrative or judicial mediation (seed 004), with the reason for the change.", "ChannelChange")
paths += change("/api/v1/disputes/{disputeId}/sessions", "holdDisputeSession", "Record a mediation session",
                "Date, the centre's mediators (token subjects), who attended and notes; the dispute is IN_MEDIATION.", "NewSession")
paths += change("/api/v1/disputes/{disputeId}/consultation", "conveneConsultation", "Convene a joint consultation (3+N)",
                "Convenes the court, police station and judicial office plus the chosen N bodies (and those the city's rule always invites), when the city's rule calls for it (by default HIGH and CRITICAL risk).", "ConveneConsultation", required=False)
paths += change("/api/v1/disputes/{disputeId}/consultation/opinions", "recordConsultationOpinion", "Record a body's opinion",
                "One convened body's opinion, once per body.", "ConsultationOpinionRequest")
paths += change("/api/v1/disputes/{disputeId}/consultation/conclusion", "concludeConsultation", "Conclude the joint consultation",
                "The joint conclusion, once every convened body gave its opinion.", "ConsultationConclusionRequest")
paths += change("/api/v1/disputes/{disputeId}/outcome", "concludeDispute", "Record the outcome",
                "An agreement (terms, obligations with amounts and due dates, signatories), a failure referred to litigation or arbitration (body, date), or a withdrawal: → CONCLUDED. An agreement schedules the follow-up (回访) the city's number of working days later. An outcome without terms is 400.", "OutcomeRequest")
paths += change("/api/v1/disputes/{disputeId}/judicial-confirmation", "recordJudicialConfirmation", "Record judicial confirmation",
                "The court's confirmation of an agreement: REQUESTED, then GRANTED or REFUSED.", "JudicialConfirmationRequest")
paths += change("/api/v1/disputes/{disputeId}/close", "closeDispute", "Close a dispute",
                "CONCLUDED → CLOSED, leaving the archive record. A dispute without an outcome cannot close (409).", "DisputeRemark", required=False)
paths += change("/api/v1/disputes/{disputeId}/follow-up", "recordDisputeFollowUp", "Record a follow-up (回访)",
                "After an agreement: HOLDING, PARTLY_FULFILLED or RELAPSED; a relapse reopens the dispute with a new conclusion deadline.", "FollowUpRequest",
                roles="Roles: `MEDIATOR`, `GRID_WORKER`, `COMMUNITY_STAFF`, `STREET_OFFICER`.")
paths += get("/api/v1/areas/{code}/dispute-figures", "getDisputeFigures", "Read the dispute figures of an area",
             "For the assessment, over the disputes of the area opened from `from` to `to` (days in China, both included): resolution rate (agreements ÷ concluded), agreements holding at follow-up, follow-up coverage, relapse rate, median working days to conclusion, share escalated. A rate with nothing to divide by is absent. Roles: `CITY_ADMIN`, `STREET_OFFICER`, `AUDITOR`, `INTEGRATOR`.",
             "DisputeFigures", ["$ref: '#/components/parameters/AreaCodePath'", date_q("from", "The first day of the period."), date_q("to", "The last day of the period.")])
paths += get("/api/v1/dispute-types", "listDisputeTypes", "List the dispute types of the caller's city",
             "The platform's 13 types and OTHER, and those the city's plugins add. Every role.", "DisputeTypeList", [])
paths = paths.replace("      parameters:\n      responses:", "      responses:")

s = s.replace("\ncomponents:\n", "\n" + paths + "components:\n", 1)
s = s.replace("""  - name: Digests
""", """  - name: Disputes
    description: |
      Disputes (矛盾纠纷) from intake to follow-up: one-stop mediation centres at four levels, routing and escalation,
      the people's / administrative / judicial channels, sessions, joint consultation (三长会商, 3+N), outcomes with
      judicial confirmation or referral, follow-up (回访), deadlines in working days, the timeline, and the figures.
  - name: Digests
""", 1)
s = s.replace("""    IfMatch:
      name: If-Match""", """    DisputeIdPath:
      name: disputeId
      in: path
      required: true
      description: The id of a dispute.
      style: simple
      schema:
        type: string
        format: uuid
        example: 7d1f0c2a-3b4e-4f5a-8b6c-9d0e1f2a3b4c
    IfMatch:
      name: If-Match""", 1)
s = s.replace("""  schemas:
    AdminLevel:""", """    DisputeChanged:
      description: The dispute after the change, and the change as its timeline records it; `ETag` is the dispute's new version.
      headers:
        ETag:
          description: The version of the resource as an entity tag, e.g. `"3"`; send it back in `If-Match` to change it.
          style: simple
          schema:
            type: string
            example: '"3"'
      content:
        application/json:
          schema:
            $ref: '#/components/schemas/DisputeChange'
  schemas:
    AdminLevel:""", 1)
s = s.rstrip("\n") + "\n" + open('/work/wt-dispute/.tmp-dispute/schemas.yaml').read()
open(p,'w').write(s)
