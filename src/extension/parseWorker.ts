// Runs in a worker thread (dist/parseWorker.js): parses knowledge files and bibliographies off the
// extension host's main thread. YAML is read at a few hundred KB a second at worst, and a 1 MB
// CSL-JSON export or knowledge file would otherwise hold the editor for a second or more.
import { parentPort } from 'node:worker_threads';
import { parseBibliography, parseKnowledgeFile } from '../core';
import type { ParseReply, ParseRequest } from './parsing';

parentPort?.on('message', (request: ParseRequest) => {
  let reply: ParseReply;
  try {
    if (request.kind === 'knowledge') {
      // The line index is made again where the text is (a class does not cross threads).
      const parsed = parseKnowledgeFile(request.text, request.file);
      reply = { id: request.id, knowledge: { file: parsed.file, source: parsed.source, references: parsed.references, raw: parsed.raw } };
    } else reply = { id: request.id, bibliography: parseBibliography(request.text, request.file) };
  } catch (e) {
    reply = { id: request.id, error: e instanceof Error ? e.message : String(e) };
  }
  parentPort!.postMessage(reply);
});
