import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Card, Flex, Grid, Steps } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  commitImport,
  dryRunImport,
  getImport,
  listImports,
  setImportMapping,
  uploadImport,
  type DryRun,
  type ImportEntity,
  type ImportJob,
  type ImportSummary,
} from '../../api/import-export-api';
import { useErrorReporter } from '../../components/use-error-reporter';
import { SettingsPageFrame } from '../admin-settings/settings-page-frame';
import { ColumnMapping } from './column-mapping';
import { CommitProgress } from './commit-progress';
import { DryRunResult } from './dry-run-result';
import { FileStep } from './file-step';
import { ImportHistory } from './import-history';
import { mappingBody, sameMapping, type Mapping } from './mapping-draft';

type Sample = readonly (readonly string[])[];

/** Where the import being made stands. */
type Stage =
  | { step: 'file' }
  | { step: 'columns'; job: ImportJob; sample: Sample }
  | { step: 'check'; job: ImportJob; sample: Sample; dryRun: DryRun }
  | { step: 'import'; jobId: string };

const STEP_INDEX: Record<Stage['step'], number> = { file: 0, columns: 1, check: 2, import: 3 };
const LIST_KEY = ['imports', 'list'];

/** The stage an earlier import opens at: its columns until it is committed, else its progress. */
function stageOf(job: ImportSummary): Stage {
  return job.status === 'uploaded' || job.status === 'checked'
    ? { step: 'columns', job, sample: [] }
    : { step: 'import', jobId: job.id };
}

/**
 * Importing a file: choose what it holds and upload it, check the matched columns, check every
 * row (nothing written), fix the file and upload it again if need be, then commit and follow the
 * progress. The user's past imports are listed below.
 */
export function ImportPage() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const report = useErrorReporter();
  const narrow = Grid.useBreakpoint().md === false;
  const [stage, setStage] = useState<Stage>({ step: 'file' });

  const list = useQuery({
    queryKey: LIST_KEY,
    queryFn: listImports,
    refetchInterval: (query) =>
      query.state.data?.items.some((job) => job.status === 'committing') ? 2000 : false,
  });
  const refreshList = () => void queryClient.invalidateQueries({ queryKey: LIST_KEY });

  const check = async (job: ImportJob, sample: Sample, mapping: Mapping, save: boolean) => {
    const mapped =
      save || !sameMapping(mapping, job.mapping)
        ? await setImportMapping(job.id, mappingBody(job.headers, mapping), save)
        : job;
    const dryRun = await dryRunImport(job.id);
    return { step: 'check', job: mapped, sample, dryRun } as const;
  };

  const upload = useMutation({
    mutationFn: async (input: {
      entity: ImportEntity;
      file: File;
      source: string;
      /** A fixed file of this import: its columns are mapped as they were, and it is checked. */
      replacing?: ImportJob;
    }): Promise<Stage> => {
      const { job, sample } = await uploadImport(
        input.entity,
        input.file,
        input.source || undefined,
      );
      const before = input.replacing;
      const sameColumns =
        before !== undefined &&
        before.headers.length === job.headers.length &&
        before.headers.every((header, i) => header === job.headers[i]);
      if (before && sameColumns) return check(job, sample, before.mapping, false);
      return { step: 'columns', job, sample };
    },
    onSuccess: setStage,
    onError: (error) => report(error),
    onSettled: refreshList,
  });

  const dryRun = useMutation({
    mutationFn: (input: { job: ImportJob; sample: Sample; mapping: Mapping; save: boolean }) =>
      check(input.job, input.sample, input.mapping, input.save),
    onSuccess: setStage,
    onError: (error) => report(error),
    onSettled: refreshList,
  });

  const commit = useMutation({
    mutationFn: commitImport,
    onSuccess: (job) => {
      queryClient.setQueryData(['imports', 'job', job.id], job);
      setStage({ step: 'import', jobId: job.id });
    },
    onError: (error) => report(error),
    onSettled: refreshList,
  });

  const open = async (job: ImportSummary) => {
    try {
      setStage(stageOf(await getImport(job.id)));
    } catch (error) {
      report(error);
    }
  };

  const steps = (['file', 'columns', 'check', 'import'] as const).map((step) => ({
    title: t(`imports.page.steps.${step}`),
  }));

  return (
    <SettingsPageFrame
      title={t('imports.page.title')}
      intro={t('imports.page.intro')}
      query={list}
      testId="import-page"
    >
      <Flex vertical gap={16}>
        <Card data-testid="import-wizard" data-step={stage.step}>
          <Flex vertical gap={24}>
            <Steps
              size="small"
              orientation={narrow ? 'vertical' : 'horizontal'}
              current={STEP_INDEX[stage.step]}
              items={steps}
            />
            {stage.step === 'file' && (
              <FileStep
                entities={list.data?.entities ?? []}
                uploading={upload.isPending}
                onFile={(entity, file, source) => upload.mutate({ entity, file, source })}
              />
            )}
            {stage.step === 'columns' && (
              <ColumnMapping
                key={stage.job.id}
                job={stage.job}
                sample={stage.sample}
                checking={dryRun.isPending}
                onCheck={(mapping, save) =>
                  dryRun.mutate({ job: stage.job, sample: stage.sample, mapping, save })
                }
                onBack={() => setStage({ step: 'file' })}
              />
            )}
            {stage.step === 'check' && (
              <DryRunResult
                job={stage.job}
                dryRun={stage.dryRun}
                busy={upload.isPending || commit.isPending}
                onFixedFile={(file) =>
                  upload.mutate({
                    entity: stage.job.entity,
                    file,
                    source: stage.job.source,
                    replacing: stage.job,
                  })
                }
                onCommit={() => commit.mutate(stage.job.id)}
                onBack={() => setStage({ step: 'columns', job: stage.job, sample: stage.sample })}
              />
            )}
            {stage.step === 'import' && (
              <CommitProgress
                jobId={stage.jobId}
                resuming={commit.isPending}
                onResume={() => commit.mutate(stage.jobId)}
                onAnother={() => setStage({ step: 'file' })}
              />
            )}
          </Flex>
        </Card>
        <Card title={t('imports.history.title')}>
          <ImportHistory
            jobs={list.data?.items ?? []}
            loading={list.isFetching && !list.data}
            onOpen={(job) => void open(job)}
          />
        </Card>
      </Flex>
    </SettingsPageFrame>
  );
}
