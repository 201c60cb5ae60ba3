import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { LoadError } from '../../components/load-error.js';
import { Loading } from '../../components/loading.js';
import { NotFound } from '../../components/not-found.js';
import { PageHeading } from '../../components/page-heading.js';
import { isApiError } from '../../lib/api.js';
import { analysisResultsStrings } from '../../lib/strings/analysis-results.js';
import {
  codebookKey,
  fetchCodebook,
  fetchProject,
  fetchSynthesis,
  projectKey,
  synthesisKey,
} from './analysis-api.js';
import { BriefingDownloads } from './briefing-downloads.js';
import { KeyMessages } from './key-messages.js';
import { MessageForm } from './message-form.js';
import { ThemeForm } from './theme-form.js';
import { Themes } from './themes.js';
import './analysis-results.css';

const m = analysisResultsStrings.messages;

/** Themes and key messages: from codes to themes, to messages for each audience, to briefings. */
export function MessagesPage() {
  const { projectId = '' } = useParams();
  const [themeErrors, setThemeErrors] = useState(false);
  const [messageErrors, setMessageErrors] = useState(false);
  const project = useQuery({ queryKey: projectKey(projectId), queryFn: () => fetchProject(projectId) });
  const codebookId = project.data?.codebookId ?? '';
  const codebook = useQuery({
    queryKey: codebookKey(codebookId),
    queryFn: () => fetchCodebook(codebookId),
    enabled: codebookId !== '',
  });
  const synthesis = useQuery({
    queryKey: synthesisKey(projectId),
    queryFn: () => fetchSynthesis(projectId),
    enabled: projectId !== '',
  });

  if (project.isPending) return <Loading />;
  if (project.isError) {
    if (isApiError(project.error, 404)) return <NotFound />;
    return <LoadError error={project.error} onRetry={() => void project.refetch()} />;
  }
  if (codebook.isPending || synthesis.isPending) return <Loading />;
  if (codebook.isError) return <LoadError error={codebook.error} onRetry={() => void codebook.refetch()} />;
  if (synthesis.isError) {
    if (isApiError(synthesis.error, 404)) return <NotFound />;
    return <LoadError error={synthesis.error} onRetry={() => void synthesis.refetch()} />;
  }
  const data = project.data;
  const codes = codebook.data.codes;

  return (
    <>
      <PageHeading hasErrors={themeErrors || messageErrors}>{m.titleFor(data.title)}</PageHeading>
      <p>
        <Link to={`/analysis/${data.id}`}>{analysisResultsStrings.backToProject}</Link>
      </p>
      <p className="lead">{m.lead}</p>
      <Themes synthesis={synthesis.data} codes={codes}>
        <ThemeForm projectId={data.id} codes={codes} onErrors={setThemeErrors} />
      </Themes>
      <KeyMessages project={data} synthesis={synthesis.data}>
        <MessageForm
          projectId={data.id}
          synthesis={synthesis.data}
          codes={codes}
          onErrors={setMessageErrors}
        />
      </KeyMessages>
      <BriefingDownloads projectId={data.id} />
    </>
  );
}
