// Starts GOV.UK Frontend's components on the page: on phones the service navigation folds into a menu button,
// and the skip link moves focus to the main content. Its module's address is fingerprinted, so the layout gives it.
const frontend = document.querySelector('script[data-govuk-frontend]').dataset.govukFrontend;
document.body.classList.add('js-enabled', 'govuk-frontend-supported');
const { initAll } = await import(frontend);
initAll();
