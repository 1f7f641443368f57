"""The message catalog of these extensions: their labels, in Japanese in the code.

The catalog keeps its historical name ``pvt_site``: the English labels are in
``locale/<lang>/LC_MESSAGES/pvt_site.po``, compiled by ``pvt_sphinx.catalogs``
when the build starts. Nothing these extensions add is translatable page text,
so none of it enters the pages' gettext catalogs.
"""

from sphinx.locale import get_translation

MESSAGE_CATALOG = "pvt_site"
# Lazy: a label is translated when it is used, after the catalog is loaded.
_ = get_translation(MESSAGE_CATALOG)
