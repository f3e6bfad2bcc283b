/** Whether the last answer is saved; when saving fails, what to do about it. */
import { app as text } from '../../text/app';
import { useApp } from '../context';
import { hrefFor } from '../routes';
import { Alert } from './Alert';
import { Link } from './Button';
import { Icon } from './Icon';

export function SaveStatus() {
  const { saving } = useApp();
  const status = saving.status.value;
  return (
    <>
      <p class="ms-save-status" role="status">
        {status === 'opgeslagen' && (
          <>
            <Icon name="check" />
            {text.saved}
          </>
        )}
      </p>
      {status === 'fout' && (
        <Alert type="error" role="alert" title={text.saveFailed}>
          {saving.error.value && <p>{saving.error.value}</p>}
          <p>
            {text.saveFailedHelp} <Link href={hrefFor({ name: 'gegevens' })}>{text.saveFailedLink}</Link>
          </p>
        </Alert>
      )}
    </>
  );
}
