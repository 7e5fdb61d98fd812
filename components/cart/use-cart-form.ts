'use client';

import type { FormEvent } from 'react';

/**
 * The form's fields as a script submits them: `via=script` tells the action to answer data
 * (a form posted without JavaScript gets a redirect to /cart instead).
 */
export function scriptedFormData(event: FormEvent<HTMLFormElement>): FormData {
  event.preventDefault();
  const submitter = (event.nativeEvent as SubmitEvent).submitter;
  const data = new FormData(event.currentTarget, submitter);
  data.set('via', 'script');
  return data;
}
