namespace InspectionSite.BrowserTests.Checks;

/// <summary>Small functions the checks evaluate inside the page (through the DevTools protocol, so the page's CSP does not apply to them).</summary>
internal static class Scripts
{
    /// <summary>An element as a reader would name it: its role, its accessible text and, for a link, where it goes.</summary>
    public const string Describe = """
        el => {
          const text = (el.getAttribute('aria-label') || el.querySelector?.('caption')?.textContent || el.textContent || '')
            .trim().replace(/\s+/g, ' ').slice(0, 80);
          const role = el.getAttribute('role') || (el.tagName === 'A' ? 'link' : el.tagName.toLowerCase());
          const href = el.getAttribute('href');
          return `${role} "${text}"` + (href ? ` (${href})` : '');
        }
        """;

    /// <summary>Whether an element takes up space on the page: not display:none, not visibility:hidden.</summary>
    public const string Shown = "el => !!el && el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden'";
}
