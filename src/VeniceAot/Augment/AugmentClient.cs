using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using VeniceAot.Http;

namespace VeniceAot.Augment
{
    /// <summary>
    /// The Augment group, reached as <see cref="VeniceClient.Augment"/>: extract text from documents (PDF, DOCX, PPTX,
    /// XLSX, EPUB, text and source files up to 25 MB, uploaded as a stream), scrape a web page, search the web. All three
    /// are paid per call; with x402 wallets a 402 carries <see cref="VeniceApiException.PaymentRequired"/>.
    /// </summary>
    public sealed class AugmentClient
    {
        /// <summary>The largest document Venice parses (25 MB).</summary>
        private const long MaxDocumentBytes = 25L * 1024 * 1024;

        private readonly IAugmentApi _api;

        /// <summary>Creates the client over <paramref name="connection"/>.</summary>
        /// <param name="connection">The connection to send through (e.g. <see cref="VeniceClient.Connection"/>).</param>
        public AugmentClient(ApiConnection connection)
        {
            ArgumentNullException.ThrowIfNull(connection);
            _api = new AugmentApiClient(connection);
        }

        /// <summary>
        /// <c>POST /augment/text-parser</c> with the document read from <paramref name="document"/> (from its current position;
        /// the stream is streamed, never buffered, and left open). The answer is JSON (<see cref="MediaResponse{T}.Value"/>)
        /// or, for <see cref="TextParserFormat.Text"/>, <c>text/plain</c> in <see cref="MediaResponse{T}.Media"/>. Dispose it.
        /// Uploads are not retried (a stream cannot be replayed).
        /// </summary>
        /// <param name="document">The document's bytes.</param>
        /// <param name="fileName">The file name sent with the part; its extension also picks the content type.</param>
        /// <param name="format">The answer's format; null for the server default (<c>json</c>).</param>
        /// <param name="contentType">The part's media type; null to infer it from <paramref name="fileName"/>.</param>
        /// <param name="cancellationToken">Cancels the upload.</param>
        /// <returns>The extracted text.</returns>
        /// <exception cref="ArgumentException">An unreadable stream, an empty file name, or a seekable stream over 25 MB.</exception>
        /// <exception cref="VeniceApiException">Venice answered with an error.</exception>
        public Task<MediaResponse<TextParserResponse>> ParseTextAsync(
            Stream document,
            string fileName,
            TextParserFormat? format = null,
            string? contentType = null,
            CancellationToken cancellationToken = default)
        {
            ArgumentNullException.ThrowIfNull(document);
            ArgumentException.ThrowIfNullOrWhiteSpace(fileName);
            return ParseTextAsync(MediaUpload.FromStream(document, fileName, contentType), format, cancellationToken);
        }

        /// <summary>
        /// <c>POST /augment/text-parser</c> with the file at <paramref name="path"/>, streamed from disk under its own name
        /// and a content type inferred from its extension (unless given).
        /// </summary>
        /// <param name="path">The document's path.</param>
        /// <param name="format">The answer's format; null for the server default (<c>json</c>).</param>
        /// <param name="contentType">The part's media type; null to infer it from the extension.</param>
        /// <param name="cancellationToken">Cancels the upload.</param>
        /// <returns>The extracted text; dispose it.</returns>
        /// <exception cref="FileNotFoundException">There is no such file.</exception>
        /// <exception cref="ArgumentException">The file is over 25 MB.</exception>
        /// <exception cref="VeniceApiException">Venice answered with an error.</exception>
        public Task<MediaResponse<TextParserResponse>> ParseTextFileAsync(
            string path,
            TextParserFormat? format = null,
            string? contentType = null,
            CancellationToken cancellationToken = default) =>
            ParseTextAsync(MediaUpload.FromFile(path, contentType), format, cancellationToken);

        /// <summary>
        /// <c>POST /augment/text-parser</c> with <paramref name="document"/> as the <c>file</c> part, streamed (never
        /// buffered), then <c>response_format</c> when given. The answer is JSON (<see cref="MediaResponse{T}.Value"/>) or,
        /// for <see cref="TextParserFormat.Text"/>, <c>text/plain</c> in <see cref="MediaResponse{T}.Media"/>. Dispose it.
        /// </summary>
        /// <param name="document">The document.</param>
        /// <param name="format">The answer's format; null for the server default (<c>json</c>).</param>
        /// <param name="cancellationToken">Cancels the upload.</param>
        /// <returns>The extracted text.</returns>
        /// <exception cref="ArgumentException">The document is known to be over 25 MB.</exception>
        /// <exception cref="VeniceApiException">Venice answered with an error.</exception>
        public Task<MediaResponse<TextParserResponse>> ParseTextAsync(MediaUpload document, TextParserFormat? format = null, CancellationToken cancellationToken = default)
        {
            ArgumentNullException.ThrowIfNull(document);
            if (document.Length is long length && length > MaxDocumentBytes)
            {
                throw new ArgumentException($"'{document.FileName}' is {length} bytes; Venice parses documents up to 25 MB.", nameof(document));
            }

            using var builder = new MultipartBuilder();
            builder.AddFile("file", document).Add("response_format", format?.Value);
            return _api.ParseTextAsync(builder.Build(), cancellationToken);
        }

        /// <summary>Like <see cref="ParseTextAsync(Stream, string, TextParserFormat?, string?, CancellationToken)"/>, returning just the extracted text whichever form the server answered in.</summary>
        /// <param name="document">The document's bytes (left open).</param>
        /// <param name="fileName">The file name sent with the part.</param>
        /// <param name="cancellationToken">Cancels the upload.</param>
        /// <returns>The text.</returns>
        /// <exception cref="VeniceApiException">Venice answered with an error.</exception>
        public async Task<string> ExtractTextAsync(Stream document, string fileName, CancellationToken cancellationToken = default)
        {
            using MediaResponse<TextParserResponse> response = await ParseTextAsync(document, fileName, null, null, cancellationToken).ConfigureAwait(false);
            return response.IsJson ? response.Value!.Text : await response.Media!.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        }

        /// <summary><c>POST /augment/scrape</c>: the page at <paramref name="url"/> as markdown.</summary>
        /// <param name="url">The page.</param>
        /// <param name="cancellationToken">Cancels the call.</param>
        /// <returns>The content.</returns>
        /// <exception cref="VeniceApiException">Venice answered with an error.</exception>
        public async Task<WebScrapeResponse> ScrapeAsync(string url, CancellationToken cancellationToken = default)
        {
            ApiResponse<WebScrapeResponse> response = await ScrapeWithMetadataAsync(new WebScrapeRequest { Url = url }, cancellationToken).ConfigureAwait(false);
            return response.Value;
        }

        /// <summary><c>POST /augment/scrape</c> with the response headers (<c>X-Balance-Remaining</c> for x402 callers).</summary>
        /// <param name="request">The page.</param>
        /// <param name="cancellationToken">Cancels the call.</param>
        /// <returns>The content and metadata.</returns>
        /// <exception cref="ArgumentException">The URL is not an absolute http(s) URL.</exception>
        /// <exception cref="VeniceApiException">Venice answered with an error.</exception>
        public Task<ApiResponse<WebScrapeResponse>> ScrapeWithMetadataAsync(WebScrapeRequest request, CancellationToken cancellationToken = default)
        {
            ArgumentNullException.ThrowIfNull(request);
            if (!Uri.TryCreate(request.Url, UriKind.Absolute, out Uri? uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
            {
                throw new ArgumentException($"'{request.Url}' is not an absolute http(s) URL.", nameof(request));
            }

            return _api.ScrapeAsync(request, cancellationToken);
        }

        /// <summary><c>POST /augment/search</c>: web results for a query.</summary>
        /// <param name="request">The query, result limit and provider.</param>
        /// <param name="cancellationToken">Cancels the call.</param>
        /// <returns>The results.</returns>
        /// <exception cref="ArgumentException">An empty or over-400-character query, or a limit outside 1..20.</exception>
        /// <exception cref="VeniceApiException">Venice answered with an error.</exception>
        public async Task<WebSearchResponse> SearchAsync(WebSearchRequest request, CancellationToken cancellationToken = default)
        {
            ApiResponse<WebSearchResponse> response = await SearchWithMetadataAsync(request, cancellationToken).ConfigureAwait(false);
            return response.Value;
        }

        /// <summary><c>POST /augment/search</c> with the response headers.</summary>
        /// <param name="request">The query, result limit and provider.</param>
        /// <param name="cancellationToken">Cancels the call.</param>
        /// <returns>The results and metadata.</returns>
        /// <exception cref="ArgumentException">An empty or over-400-character query, or a limit outside 1..20.</exception>
        /// <exception cref="VeniceApiException">Venice answered with an error.</exception>
        public Task<ApiResponse<WebSearchResponse>> SearchWithMetadataAsync(WebSearchRequest request, CancellationToken cancellationToken = default)
        {
            ArgumentNullException.ThrowIfNull(request);
            if (string.IsNullOrEmpty(request.Query) || request.Query.Length > 400)
            {
                throw new ArgumentException("A web search query is 1 to 400 characters.", nameof(request));
            }

            if (request.Limit is { } limit && limit is < 1 or > 20)
            {
                throw new ArgumentException($"A web search returns 1 to 20 results, not {limit}.", nameof(request));
            }

            return _api.SearchAsync(request, cancellationToken);
        }
    }
}
