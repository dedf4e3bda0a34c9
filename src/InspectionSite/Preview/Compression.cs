using System.IO.Compression;
using Microsoft.AspNetCore.ResponseCompression;

namespace InspectionSite.Preview;

/// <summary>
/// Compresses text as Netlify does: Brotli or gzip, whichever the browser asks for first (Brotli when both), with
/// "Vary: Accept-Encoding"; images and fonts, already compressed, go as they are. The event stream is not text/html
/// and is never held back to be compressed.
/// </summary>
public static class Compression
{
    /// <summary>The text types the site serves, beside ASP.NET Core's defaults (HTML, CSS, JavaScript, JSON, XML).</summary>
    private static readonly string[] AlsoCompressed = ["image/svg+xml", "application/manifest+json", "application/rss+xml", "application/atom+xml", "text/csv"];

    public static void Configure(ResponseCompressionOptions options)
    {
        options.Providers.Add<BrotliCompressionProvider>();
        options.Providers.Add<GzipCompressionProvider>();
        options.MimeTypes = ResponseCompressionDefaults.MimeTypes.Concat(AlsoCompressed);
    }

    // Netlify compresses to about Optimal's size; Fastest, the default, would leave plotly.js a quarter larger.
    public static void Configure(BrotliCompressionProviderOptions options) => options.Level = CompressionLevel.Optimal;

    public static void Configure(GzipCompressionProviderOptions options) => options.Level = CompressionLevel.Optimal;
}
