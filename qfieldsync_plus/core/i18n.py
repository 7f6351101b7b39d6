"""Translation helper for headless code: every user-facing message goes through tr().

What a job stores (the feedback JSON, ``--feedback``) stays English: the child process runs without a
translator. The desktop translates at display time, from what the feedback keeps beside the English
texts: step names by their English text (marked with ``QT_TR_NOOP`` for pylupdate), findings from their
``message_template``/``hint_template`` and ``params``, errors from ``error_template``/``error_params``
(and ``error_hint_template``/``error_hint_params``). ``tr()`` returns a :class:`Translated` string that
remembers its template and format parameters for this.
"""

from typing import Any, Dict

from qgis.PyQt.QtCore import QT_TR_NOOP, QCoreApplication  # noqa: F401 (QT_TR_NOOP re-exported)

CONTEXT = "QFieldSyncPlus"


class Translated(str):
    """A message from :func:`tr`, with the English ``template`` it came from and the ``params`` it was
    formatted with (both empty when unknown, e.g. after positional formatting)."""

    template: str = ""
    params: Dict[str, Any] = {}

    def format(self, *args: Any, **kwargs: Any) -> "Translated":  # noqa: A003 (str API)
        """``str.format``, keeping the template and the keyword parameters."""
        return _translated(str.format(self, *args, **kwargs), "" if args else self.template, kwargs)


def _translated(text: str, template: str, params: Dict[str, Any]) -> Translated:
    result = Translated(text)
    result.template, result.params = template, params
    return result


def tr(message: str) -> Translated:
    """Translate ``message`` in the plugin's translation context."""
    return _translated(QCoreApplication.translate(CONTEXT, message), message, {})


def template_fields(key: str, text: Any, clean=str) -> Dict[str, Any]:
    """``{key}_template`` and ``{key}_params`` of a :class:`Translated` ``text`` for a feedback document
    (parameters as text, passed through ``clean``); empty for any other text."""
    if not isinstance(text, Translated) or not text.template:
        return {}
    params = {name: value if isinstance(value, (int, float)) and not isinstance(value, bool) else clean(str(value))
              for name, value in text.params.items()}
    return {f"{key}_template": text.template, f"{key}_params": params}


def english(text: Any) -> str:
    """A message in English, also when the process has a translator (what feedback stores)."""
    if isinstance(text, Translated) and text.template:
        try:
            return text.template.format(**text.params)
        except (KeyError, IndexError, ValueError):
            return str(text)
    return str(text)


def translated(template: str, params: Dict[str, Any], english: str) -> str:
    """``template`` in the user's language with ``params``; ``english`` when there is no template or the
    translation does not fit the parameters."""
    if not template:
        return tr(english) if english else english
    try:
        return str(tr(template).format(**(params or {})))
    except (KeyError, IndexError, ValueError):
        return english
