/** An address that is no screen of the app. */
import { app as text } from '../../text/app';
import { ButtonGroup, ButtonLink } from '../components/Button';
import { PageTitle } from '../components/PageTitle';
import { hrefFor } from '../routes';

export function NotFoundScreen() {
  return (
    <>
      <PageTitle title={text.notFoundTitle}>{text.notFoundTitle}</PageTitle>
      <p>{text.notFoundText}</p>
      <ButtonGroup>
        <ButtonLink href={hrefFor({ name: 'start' })}>{text.errorHome}</ButtonLink>
      </ButtonGroup>
    </>
  );
}
