using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using VeniceAot.Http;
using VeniceAot.Json;

namespace VeniceAot.Augment
{
    /// <summary>The Augment group as the generator implements it; callers use <see cref="AugmentClient"/>, which builds the upload.</summary>
    [VeniceApi(typeof(AugmentJsonContext))]
    internal interface IAugmentApi
    {
        /// <summary><c>POST /augment/text-parser</c> with a prebuilt multipart body.</summary>
        /// <param name="content">The <c>multipart/form-data</c> body (<c>file</c>, <c>response_format</c>).</param>
        /// <param name="cancellationToken">Cancels the call.</param>
        /// <returns>JSON, or the text as <c>text/plain</c>.</returns>
        [Post("/augment/text-parser")]
        Task<MediaResponse<TextParserResponse>> ParseTextAsync([Body] HttpContent content, CancellationToken cancellationToken = default);

        /// <summary><c>POST /augment/scrape</c>.</summary>
        /// <param name="request">The page.</param>
        /// <param name="cancellationToken">Cancels the call.</param>
        /// <returns>The content and headers.</returns>
        [Post("/augment/scrape")]
        Task<ApiResponse<WebScrapeResponse>> ScrapeAsync([Body] WebScrapeRequest request, CancellationToken cancellationToken = default);

        /// <summary><c>POST /augment/search</c>.</summary>
        /// <param name="request">The query.</param>
        /// <param name="cancellationToken">Cancels the call.</param>
        /// <returns>The results and headers.</returns>
        [Post("/augment/search")]
        Task<ApiResponse<WebSearchResponse>> SearchAsync([Body] WebSearchRequest request, CancellationToken cancellationToken = default);
    }
}
