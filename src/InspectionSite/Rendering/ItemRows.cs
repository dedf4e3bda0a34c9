using InspectionSite.Content.Model;
using InspectionSite.Content.Site;
using InspectionSite.Theme;
using InspectionSite.Theme.Components;
using Microsoft.AspNetCore.Components;

namespace InspectionSite.Rendering;

/// <summary>
/// Each item's row of the item tables that show the report column (<see cref="PageContext.ItemRows"/>): the
/// recommendations list and every topic's list share them, so each row is rendered once, not once per table.
/// </summary>
public static class ItemRows
{
    private const int RowsPerBatch = 256;

    /// <summary>Comes after each row of a batch: a comment, which no row can contain, since rows encode their text.</summary>
    private const string Separator = "<!--/row-->";

    /// <summary>The rows of <paramref name="items"/>, by item ID.</summary>
    public static Dictionary<string, MarkupString> Render(SiteModel site, IReadOnlyDictionary<string, string> assetPaths, IReadOnlyList<Recommendation> items)
    {
        var context = new PageContext(site, Routes.Recommendations, assetPaths);
        var batches = items.Chunk(RowsPerBatch)
            .Select(batch => (IReadOnlyDictionary<string, object?>)new Dictionary<string, object?> { [nameof(RowBatch.Context)] = context, [nameof(RowBatch.Items)] = batch })
            .ToList();
        var html = PageRenderer.RenderParts<RowBatch>(batches).SelectMany(batch => batch.Split(Separator)[..^1]).ToList();
        var rows = new Dictionary<string, MarkupString>(items.Count, StringComparer.Ordinal);
        for (var i = 0; i < items.Count; i++) rows[items[i].Id] = new MarkupString(html[i]);
        return rows;
    }

    /// <summary>Many items' rows in one render, each followed by the separator: a renderer per row would cost more than the row.</summary>
    private sealed class RowBatch : IComponent
    {
        private RenderHandle _handle;

        public PageContext Context { get; private set; } = null!;

        public IReadOnlyList<Recommendation> Items { get; private set; } = [];

        public void Attach(RenderHandle renderHandle) => _handle = renderHandle;

        public Task SetParametersAsync(ParameterView parameters)
        {
            Context = parameters.GetValueOrDefault<PageContext>(nameof(Context))!;
            Items = parameters.GetValueOrDefault<IReadOnlyList<Recommendation>>(nameof(Items))!;
            _handle.Render(builder =>
            {
                foreach (var item in Items)
                {
                    builder.AddContent(0, ItemRow.Of(Context, item, showReport: true));
                    builder.AddMarkupContent(1, Separator);
                }
            });
            return Task.CompletedTask;
        }
    }
}
