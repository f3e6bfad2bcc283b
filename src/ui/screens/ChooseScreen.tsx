/** "Kies je werk": the task pack (role) for this scan. */
import { useRef, useState } from 'preact/hooks';
import { allItems } from '../../domain/items';
import { isTask } from '../../domain/kinds';
import { scanMinutes } from '../../state/scan-time';
import { app as text } from '../../text/app';
import { Alert } from '../components/Alert';
import { Button, ButtonGroup, ButtonLink } from '../components/Button';
import { Choice, ChoiceList, Fieldset } from '../components/fields';
import { PageTitle } from '../components/PageTitle';
import { useApp } from '../context';
import { hrefFor } from '../routes';

const CHOICE_NAME = 'werk';

export function ChooseScreen() {
  const app = useApp();
  const packs = app.catalog.packs.value;
  const general = app.catalog.general.value;
  const [choice, setChoice] = useState<string | null>(null);
  const [missing, setMissing] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const errorRef = useRef<HTMLDivElement>(null);

  const submit = async (event: Event) => {
    event.preventDefault();
    if (busy) return;
    if (!choice) {
      setMissing(true);
      // Let the summary render first, then move there so it is read out.
      setTimeout(() => errorRef.current?.focus(), 0);
      return;
    }
    setBusy(true);
    try {
      const scanId = await app.library.startScan(choice);
      app.route.navigate({ name: 'scan', scanId, step: 1 }, { replace: true });
    } catch (error) {
      setFailure(error instanceof Error ? error.message : text.errorAppLoad);
      setBusy(false);
    }
  };

  const firstId = packs[0] ? `${CHOICE_NAME}--${packs[0].questionnaire.id}` : undefined;
  return (
    <>
      <PageTitle title={text.chooseTitle}>{text.chooseTitle}</PageTitle>
      <p>{text.chooseIntro}</p>
      {missing && !choice && (
        <div tabIndex={-1} ref={errorRef}>
          <Alert type="error" role="alert" title={text.chooseErrorTitle}>
            <p>
              <a class="utrecht-link" href={`#${firstId}`} onClick={(e) => focusField(e, firstId)}>
                {text.chooseError}
              </a>
            </p>
          </Alert>
        </div>
      )}
      {failure && (
        <Alert type="error" role="alert" title={text.errorTitle}>
          <p>{failure}</p>
        </Alert>
      )}
      <form onSubmit={submit} noValidate>
        <Fieldset
          legend={text.chooseLegend}
          invalid={missing && !choice}
          description={missing && !choice ? text.chooseError : undefined}
          descriptionId="werk-fout"
        >
          <ChoiceList layout="column">
            {packs.map(({ questionnaire: pack }) => {
              const tasks = allItems(pack).filter(isTask).length;
              const minutes = scanMinutes([pack, ...general.map((g) => g.questionnaire)]);
              return (
                <Choice
                  key={pack.id}
                  type="radio"
                  id={`${CHOICE_NAME}--${pack.id}`}
                  name={CHOICE_NAME}
                  value={pack.id}
                  checked={choice === pack.id}
                  label={
                    <>
                      <span class="ms-choice__title">{pack.role ?? pack.title}</span>
                      <span class="ms-choice__meta">{text.choosePackMeta(tasks, minutes)}</span>
                    </>
                  }
                  onChange={(checked) => {
                    if (checked) setChoice(pack.id);
                  }}
                />
              );
            })}
          </ChoiceList>
        </Fieldset>
        {general.length > 0 && <p>{text.chooseThen(general.length)}</p>}
        <ButtonGroup>
          <Button type="submit" disabled={busy}>
            {text.chooseButton}
          </Button>
          <ButtonLink href={hrefFor({ name: 'start' })} appearance="secondary-action">
            {text.backButton}
          </ButtonLink>
        </ButtonGroup>
      </form>
    </>
  );
}

/** Error links point at a field; the hash would change the route, so focus it by hand. */
function focusField(event: Event, id: string | undefined) {
  event.preventDefault();
  if (id) document.getElementById(id)?.focus();
}
