// A coach's day through the generated TypeScript clients against the packaged services, as CoachingSessionIT does
// with the Java clients: find curriculum in content-service, record a session about it in api-service (which checks
// the references with content-service), read a refusal as a typed problem, sign the note and read it back.
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { test } from 'node:test';

import {
  Modality, NoteStatus, PeerStatus, PeersApi, ProblemFromJSON, ProcessStage, RecoveryPathway, ResponseError,
  SessionNotesApi, SessionSetting, SessionsApi, SupportType, type CreateSession, type Problem,
} from '@peerpath/api-client';
import { EntryKind, SearchApi, SearchKindEnum, TopicsApi } from '@peerpath/content-client';

import { curriculum, records, stack } from './stack.js';

const STARTED_AT = new Date('2026-11-19T15:00:00Z');

function session(topic: string, technique: string): CreateSession {
  return {
    startedAt: STARTED_AT,
    endedAt: new Date(STARTED_AT.getTime() + 50 * 60_000),
    modality: Modality.InPerson,
    setting: SessionSetting.Community,
    stages: [ProcessStage.Exploring],
    supportTypes: [SupportType.Emotional],
    topics: [topic],
    techniques: [technique],
    note: {
      data: 'Met at the library; talked about saying no to a cousin.',
      assessment: 'Engaged; ready to practise a boundary.',
      plan: 'Role-play that conversation on Friday.',
    },
  };
}

/** A refused call's problem+json, typed: the client throws ResponseError for any status other than 2xx. */
async function problemOf(call: Promise<unknown>): Promise<Problem> {
  const error = await call.then(() => assert.fail('the call succeeded'), (e: unknown) => e);
  assert.ok(error instanceof ResponseError, `expected a ResponseError, got ${String(error)}`);
  assert.equal(error.response.headers.get('content-type'), 'application/problem+json');
  return ProblemFromJSON(await error.response.json());
}

test('a coach records and signs a session about curriculum found in content-service', async () => {
  const topics = (await new TopicsApi(curriculum()).listTopics({ limit: 20 })).items ?? [];
  assert.equal(topics.length, 8);
  const boundaries = topics[0]!;
  assert.equal(boundaries.slug, 'healthy-boundaries');
  assert.equal(boundaries.number, 1);

  const found = await new SearchApi(curriculum()).search({ q: 'reflective listening', kind: SearchKindEnum.Technique });
  assert.ok((found.items ?? []).length > 0);
  assert.ok(found.items!.every((hit) => hit.kind === EntryKind.Technique));
  const listening = found.items!.find((hit) => hit.slug === 'reflective-listening');
  assert.equal(listening?.ref, 'technique:reflective-listening');

  const coach = records(stack.coachToken);
  const peer = await new PeersApi(coach).createPeer({
    createPeer: {
      preferredName: 'Jamie R.', pronouns: 'they/them', recoveryPathways: [RecoveryPathway.MutualAid],
      enrolledOn: new Date('2026-11-01'),
    },
    idempotencyKey: randomUUID(),
  });
  assert.equal(peer.status, PeerStatus.Active);
  assert.equal(peer.coaches?.[0]?.displayName, stack.coachName);

  const sessions = new SessionsApi(coach);
  const problem = await problemOf(sessions.createSession({
    peerId: peer.id!, createSession: session(boundaries.slug!, 'no-such-technique'),
  }));
  assert.equal(problem.status, 422);
  assert.equal(problem.type, 'https://peerpath.dev/problems/unprocessable');
  assert.deepEqual(problem.errors?.map((error) => error.field), ['techniques[0]']);

  const recorded = await sessions.createSession({
    peerId: peer.id!, createSession: session(boundaries.slug!, listening!.slug!), idempotencyKey: randomUUID(),
  });
  assert.equal(recorded.peerId, peer.id);
  assert.equal(recorded.minutes, 50);
  assert.equal(recorded.billingUnits, 3);
  assert.deepEqual(recorded.techniques, ['reflective-listening']);
  assert.deepEqual(recorded.unverifiedReferences, []);
  assert.equal(recorded.noteStatus, NoteStatus.Draft);

  const notes = new SessionNotesApi(coach);
  const signed = await notes.signSessionNote({ sessionId: recorded.id!, idempotencyKey: randomUUID() });
  assert.equal(signed.status, NoteStatus.Signed);
  assert.equal(signed.signerName, stack.coachName);
  assert.match(signed.contentHash ?? '', /^[0-9a-f]{64}$/);

  const readBack = await sessions.getSession({ sessionId: recorded.id! });
  assert.equal(readBack.noteStatus, NoteStatus.Signed);
  assert.equal(readBack.startedAt?.toISOString(), STARTED_AT.toISOString());
  const note = await notes.getSessionNote({ sessionId: recorded.id! });
  assert.equal(note.contentHash, signed.contentHash);
  assert.equal(note.sections?.plan, 'Role-play that conversation on Friday.');
});
