// The SurveyJS side of the benchmark: the growth-mindset questionnaire, converted by
// bench/to-surveyjs.ts, fetched at run time like Morgenscan fetches its questionnaires.
// Bundled by Vite from bench/node_modules; the fontless theme, so no web font is fetched.
import { Model } from 'survey-core';
import 'survey-core/i18n/dutch';
import 'survey-core/survey-core.fontless.min.css';
import { renderSurvey } from 'survey-js-ui';

const response = await fetch('./survey.json');
const survey = new Model(await response.json());
renderSurvey(survey, document.getElementById('survey'));
