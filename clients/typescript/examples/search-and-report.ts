// An integrator's first calls with the TypeScript client: search the case archive, then report a grid event.
// The build type-checks this file against the client generated from the contract (tsc --noEmit), so a contract
// change that breaks it fails the build. Run it with a token: SHIZHI_TOKEN=... SHIZHI_URL=http://localhost:8080.
import {
    ArchiveApi,
    Configuration,
    EventCategory,
    EventChannel,
    EventsApi,
    ResponseError,
    type CaseHit,
    type EventReported,
} from "@shizhi/client";

declare const process: { env: Record<string, string | undefined> };

const configuration = new Configuration({
    basePath: process.env.SHIZHI_URL ?? "http://localhost:8080",
    // Every /api/v1 call needs a bearer token (`./shizhi token --city 510100 --roles INTEGRATOR` on a local platform).
    accessToken: async () => process.env.SHIZHI_TOKEN ?? "",
});

/** The first page of closed cases about a keyword, best match first. */
export async function searchCases(keyword: string): Promise<CaseHit[]> {
    const page = await new ArchiveApi(configuration).searchCases({ q: keyword, limit: 20 });
    for (const hit of page.items) {
        console.log(`${hit.id} ${hit.closedOn.toISOString().slice(0, 10)} ${hit.title}`);
    }
    return page.items;
}

/**
 * Reports a hazard on a grid. The Idempotency-Key makes a retry after a lost answer safe: the same key and body
 * answer the event already reported instead of making a second one.
 */
export async function reportHazard(gridCode: string, text: string, retryKey: string): Promise<EventReported> {
    try {
        const reported = await new EventsApi(configuration).reportEvent({
            idempotencyKey: retryKey,
            newEvent: {
                gridCode,
                category: EventCategory.SafetyHazard,
                text,
                channel: EventChannel.Resident,
                reporter: { name: "张三", phone: "13800138000" },
            },
        });
        console.log(`${reported.event.id} graded ${reported.event.grade.label}, due ${reported.event.deadline.dueOn.toISOString().slice(0, 10)}`);
        return reported;
    } catch (error) {
        if (error instanceof ResponseError) {
            // Refusals are RFC 9457 problem+json: the body names the field and the rule.
            console.error(error.response.status, await error.response.text());
        }
        throw error;
    }
}
