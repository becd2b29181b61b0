// Where an entry or a reference is defined, as a VS Code location: in the document's front
// matter, a knowledge file, or a bibliography file. Shared by go to definition, references and rename.
import * as vscode from 'vscode';
import type { Analysis, Origin } from '../core';
import type { Bibliographies } from './bibliographies';
import { spanRange } from './convert';
import type { WorkspaceKnowledge } from './workspaceKnowledge';

export class Locator {
  constructor(
    private readonly knowledge: WorkspaceKnowledge,
    private readonly bibliographies: Bibliographies,
  ) {}

  /** `bibliography`: the origin is a reference's, whose file is a bibliography (else a knowledge file). */
  locate(doc: vscode.Uri, a: Analysis, origin: Origin, bibliography: boolean): vscode.Location | undefined {
    if (!origin.span) return undefined;
    if (origin.layer === 'document') return new vscode.Location(doc, spanRange(a.lines, origin.span));
    if (!origin.file) return undefined;
    if (bibliography) {
      const uri = this.bibliographies.resolve(doc, origin.file);
      const lines = this.bibliographies.lines(uri);
      return lines ? new vscode.Location(uri, spanRange(lines, origin.span)) : undefined;
    }
    const file = this.knowledge.fileOf(origin.file);
    return file ? new vscode.Location(file.uri, spanRange(file.parsed.lines, origin.span)) : undefined;
  }
}
