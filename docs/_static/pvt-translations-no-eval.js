/* Sphinx's doctools.js turns a translation catalog's plural expression into code with
   new Function(), which the pages' Content-Security-Policy (script-src 'self', no 'unsafe-eval')
   refuses: the Japanese edition then logged an error and its search labels stayed untranslated.
   This replaces addTranslations (loaded after doctools.js, before translations.js) with the same
   steps, reading a constant plural expression ("0" for Japanese) without evaluating code; any
   other expression keeps Sphinx's default (n == 1 ? 0 : 1). */
if (typeof Documentation !== "undefined") {
  Documentation.addTranslations = (catalog) => {
    Object.assign(Documentation.TRANSLATIONS, catalog.messages);
    const constant = /^\s*\(?\s*(\d+)\s*\)?\s*$/.exec(String(catalog.plural_expr));
    if (constant) {
      const form = Number(constant[1]);
      Documentation.PLURAL_EXPR = () => form;
    }
    Documentation.LOCALE = catalog.locale;
  };
}
