"""Render one Briefing to every requested format (the Briefing is the single truth:
each renderer reads it, the DOCX never reads the HTML). `build` and `render` both come
here, with the same RenderOptions (settings/resolve.py's render_options makes them)."""

from __future__ import annotations

from dataclasses import dataclass

from briefsmith.model import Briefing
from briefsmith.render import json as briefing_json
from briefsmith.render.pdf_worker import PdfWorker
from briefsmith.settings.options import FORMATS, RenderOptions
from briefsmith.workspace.theme import Theme


@dataclass(frozen=True)
class RenderedFormats:
    files: dict[str, bytes]  # NAME.ext -> bytes, in FORMATS order
    warnings: tuple[str, ...]  # the brief's (they fail --strict and are recorded)
    notes: tuple[str, ...] = ()  # the machine's (machine.py): shown, never recorded with the brief


def render_formats(
    name: str,
    briefing: Briefing,
    theme: Theme,
    options: RenderOptions,
    pdf_worker: PdfWorker | None = None,
) -> RenderedFormats:
    """`NAME.ext` -> bytes for every requested format, and the renderers' warnings.
    With a PDF worker, the PDF is laid out in the other process meanwhile."""
    worker = pdf_worker if pdf_worker is not None and "pdf" in options.formats else None
    if worker is not None:
        # The templates are quick here, while the worker may still be importing WeasyPrint.
        # (Renderers are imported where used: each format pays only for its own.)
        from briefsmith.render.html import render_html

        html = render_html(briefing, theme, paper=options.paper, for_print=True)
        worker.submit(html, options.pdf_variant, _attachment(briefing, options))
    done: dict[str, tuple[bytes, tuple[str, ...]]] = {}
    notes: tuple[str, ...] = ()
    # The PDF last: with a worker, everything else is done while it lays out pages.
    for fmt in sorted(options.formats, key=lambda f: f == "pdf"):
        if fmt == "pdf" and worker is not None:
            # Here: see above.
            from briefsmith.render.glyphs import missing_glyphs
            from briefsmith.render.pdf import machine_notes, pdf_warnings

            glyphs = missing_glyphs(briefing, theme)
            layout = worker.result()
            done[fmt] = layout.data, pdf_warnings(glyphs, layout)
            notes = machine_notes(layout)
        elif fmt == "pdf":
            from briefsmith.render.pdf import render_pdf  # here: see above

            result = render_pdf(
                briefing,
                theme,
                paper=options.paper,
                variant=options.pdf_variant,
                attachment=_attachment(briefing, options),
            )
            done[fmt], notes = (result.data, result.warnings), result.notes
        else:
            done[fmt] = render_one(fmt, briefing, theme, options)
    ordered = [fmt for fmt in FORMATS if fmt in done]  # stable order for the manifest and warnings
    files = {f"{name}.{fmt}": done[fmt][0] for fmt in ordered}
    return RenderedFormats(files, tuple(w for fmt in ordered for w in done[fmt][1]), notes)


def _attachment(briefing: Briefing, options: RenderOptions) -> bytes | None:
    return briefing_json.dumps(briefing) if options.pdf_variant == "pdf/a-3b" else None


def render_one(fmt: str, briefing: Briefing, theme: Theme, options: RenderOptions) -> tuple[bytes, tuple[str, ...]]:
    if fmt == "json":
        return briefing_json.dumps(briefing), ()
    # Each renderer imported where used: a format pays only for its own (python-docx, WeasyPrint).
    if fmt == "html":
        from briefsmith.render.html import render_html  # here: see above

        return render_html(briefing, theme, paper=options.paper, for_print=False).encode("utf-8"), ()
    if fmt == "docx":
        from briefsmith.render.docx import render_docx  # here: see above

        # No paper chosen: the reference document's page set-up stands.
        return render_docx(briefing, theme, paper=options.paper, reference=options.reference), ()
    raise ValueError(fmt)  # the PDF is render_formats' own: it also brings the machine's notes
