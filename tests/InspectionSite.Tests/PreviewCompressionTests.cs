using System.IO.Compression;
using System.Net;
using InspectionSite.Preview;
using InspectionSite.Tests.Support;

namespace InspectionSite.Tests;

/// <summary>The preview, like Netlify, sends text compressed as the browser asks (Brotli first), and says that the answer varies by it.</summary>
public sealed class PreviewCompressionTests : IAsyncLifetime
{
    private readonly TempFolder _folder = new();
    private PreviewServer? _server;
    private readonly HttpClient _http = new(new HttpClientHandler { AutomaticDecompression = DecompressionMethods.None });

    public async Task InitializeAsync()
    {
        var site = _folder["site"];
        Directory.CreateDirectory(Path.Combine(site, "assets"));
        var text = string.Concat(Enumerable.Repeat("Recommendation 1 is open. ", 200));
        File.WriteAllText(Path.Combine(site, "index.html"), $"<!DOCTYPE html><html lang=\"en-GB\"><title>Home</title><p>{text}</p></html>");
        File.WriteAllText(Path.Combine(site, "assets", "site.css"), string.Concat(Enumerable.Repeat("p { margin: 0 0 1em; }\n", 200)));
        File.WriteAllText(Path.Combine(site, "assets", "charts.js"), string.Concat(Enumerable.Repeat("console.log('drawn');\n", 200)));
        File.WriteAllBytes(Path.Combine(site, "assets", "logo.png"), new byte[2000]);
        _server = await PreviewServer.ServeAsync(site, SiteHeaders.Netlify);
        _http.BaseAddress = _server.SiteAddress;
    }

    [Theory]
    [InlineData("/", "br, gzip", "br")]
    [InlineData("/assets/site.css", "gzip, deflate, br", "br")]
    [InlineData("/assets/charts.js", "gzip", "gzip")]
    [InlineData("/", "gzip", "gzip")]
    public async Task Html_css_and_javascript_come_compressed_as_the_browser_asks(string path, string accepted, string expected)
    {
        using var response = await GetAsync(path, accepted);

        Assert.Equal([expected], response.Content.Headers.ContentEncoding);
        Assert.Contains("Accept-Encoding", response.Headers.Vary);
        var body = await response.Content.ReadAsByteArrayAsync();
        Assert.True(body.Length < File.ReadAllBytes(FileOf(path)).Length / 4, $"{path} was sent in {body.Length} bytes");
        Assert.Equal(File.ReadAllBytes(FileOf(path)), Decompress(body, expected));
        Assert.Equal(SiteHeaders.ContentSecurityPolicy, response.Headers.GetValues("Content-Security-Policy").Single());
    }

    [Theory]
    [InlineData("/", null)]
    [InlineData("/", "identity")]
    [InlineData("/assets/logo.png", "br, gzip")]
    public async Task A_browser_that_asks_for_none_and_images_get_the_bytes_as_they_are(string path, string? accepted)
    {
        using var response = await GetAsync(path, accepted);

        Assert.Empty(response.Content.Headers.ContentEncoding);
        Assert.Equal(File.ReadAllBytes(FileOf(path)), await response.Content.ReadAsByteArrayAsync());
    }

    private async Task<HttpResponseMessage> GetAsync(string path, string? accepted)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path.TrimStart('/'));
        if (accepted is not null) request.Headers.AcceptEncoding.ParseAdd(accepted);
        var response = await _http.SendAsync(request);
        Assert.Equal(200, (int)response.StatusCode);
        return response;
    }

    private string FileOf(string path) => Path.Combine(_folder["site"], path == "/" ? "index.html" : path.TrimStart('/'));

    private static byte[] Decompress(byte[] body, string encoding)
    {
        using var input = new MemoryStream(body);
        using Stream decompressing = encoding == "br" ? new BrotliStream(input, CompressionMode.Decompress) : new GZipStream(input, CompressionMode.Decompress);
        using var output = new MemoryStream();
        decompressing.CopyTo(output);
        return output.ToArray();
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        if (_server is not null) await _server.DisposeAsync();
        _folder.Dispose();
    }
}
