import type { FastifyInstance } from 'fastify';
import {
  assignmentEndpoints,
  codebookEndpoints,
  codingEndpoints,
  projectEndpoints,
} from '../../../contracts/analysis.endpoints.js';
import { registerEndpoint } from '../../kernel/endpoints.js';
import type { ModuleContext } from '../../kernel/module.js';
import * as assignments from './assignments.js';
import * as codebooks from './codebooks.js';
import * as coding from './coding.js';
import * as memos from './memos.js';
import * as projects from './projects.js';
import * as suggestions from './suggestions.js';

const options = { tags: ['analysis'] };

/** Codebooks, projects and coding: the team's work on the stories. */
export function registerAnalysisRoutes(scope: FastifyInstance, context: ModuleContext): void {
  // --- codebooks ---
  registerEndpoint(
    scope,
    codebookEndpoints.list,
    ({ actor }) => codebooks.listCodebooks(context, actor),
    options,
  );
  registerEndpoint(
    scope,
    codebookEndpoints.create,
    ({ actor, body }) => codebooks.createCodebook(context, actor, body),
    options,
  );
  registerEndpoint(
    scope,
    codebookEndpoints.get,
    ({ actor, params }) => codebooks.getCodebook(context, actor, params.codebookId),
    options,
  );
  registerEndpoint(
    scope,
    codebookEndpoints.addCode,
    ({ actor, params, body }) => codebooks.addCode(context, actor, params.codebookId, body),
    options,
  );
  registerEndpoint(
    scope,
    codebookEndpoints.updateCode,
    ({ actor, params, body }) => codebooks.updateCode(context, actor, params.codebookId, params.codeId, body),
    options,
  );
  registerEndpoint(
    scope,
    codebookEndpoints.mergeCode,
    ({ actor, params, body }) =>
      codebooks.mergeCode(context, actor, params.codebookId, params.codeId, body.intoId),
    options,
  );

  // --- projects ---
  registerEndpoint(
    scope,
    projectEndpoints.list,
    ({ actor }) => projects.listProjects(context, actor),
    options,
  );
  registerEndpoint(
    scope,
    projectEndpoints.create,
    ({ actor, body }) => projects.createProject(context, actor, body),
    options,
  );
  registerEndpoint(
    scope,
    projectEndpoints.get,
    ({ actor, params }) => projects.getProject(context, actor, params.projectId),
    options,
  );
  registerEndpoint(
    scope,
    projectEndpoints.update,
    ({ actor, params, body }) => projects.updateProject(context, actor, params.projectId, body),
    options,
  );
  registerEndpoint(
    scope,
    projectEndpoints.analysableStories,
    ({ actor, params }) => projects.listAnalysableStories(context, actor, params.projectId),
    options,
  );
  registerEndpoint(
    scope,
    projectEndpoints.addStories,
    ({ actor, params, body }) => projects.addStories(context, actor, params.projectId, body),
    options,
  );

  // --- coding ---
  registerEndpoint(
    scope,
    codingEndpoints.view,
    ({ actor, params }) => coding.getCodingView(context, actor, params.projectId, params.storyId),
    options,
  );
  registerEndpoint(
    scope,
    codingEndpoints.apply,
    ({ actor, params, body }) => coding.applyCode(context, actor, params.projectId, body),
    options,
  );
  registerEndpoint(
    scope,
    codingEndpoints.remove,
    ({ actor, params }) => coding.removeApplication(context, actor, params.projectId, params.applicationId),
    options,
  );
  registerEndpoint(
    scope,
    codingEndpoints.suggest,
    ({ actor, params }) => suggestions.suggest(context, actor, params.projectId),
    options,
  );
  registerEndpoint(
    scope,
    codingEndpoints.decide,
    ({ actor, params, body }) =>
      suggestions.decideSuggestion(context, actor, params.projectId, params.applicationId, body.decision),
    options,
  );
  registerEndpoint(
    scope,
    codingEndpoints.addMemo,
    ({ actor, params, body }) => memos.addMemo(context, actor, params.projectId, body),
    options,
  );
  registerEndpoint(
    scope,
    codingEndpoints.memos,
    ({ actor, params, query }) => memos.listMemos(context, actor, params.projectId, query),
    options,
  );

  // --- giving stories to coders ---
  registerEndpoint(
    scope,
    assignmentEndpoints.list,
    ({ actor, params }) => assignments.listAssignments(context, actor, params.projectId),
    options,
  );
  registerEndpoint(
    scope,
    assignmentEndpoints.assign,
    ({ actor, params, body }) => assignments.assignStories(context, actor, params.projectId, body),
    options,
  );
  registerEndpoint(
    scope,
    assignmentEndpoints.unassign,
    ({ actor, params }) => assignments.unassignStory(context, actor, params),
    options,
  );
}
