using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using VeniceAot.Http;
using VeniceAot.Json;

namespace VeniceAot.Characters
{
    /// <summary>The Characters group as the generator implements it; callers use <see cref="CharactersClient"/>.</summary>
    [VeniceApi(typeof(CharactersJsonContext))]
    internal interface ICharactersApi
    {
        /// <summary><c>GET /characters</c>; list parameters repeat their key, booleans are sent as <c>true</c>/<c>false</c>.</summary>
        /// <param name="categories">Category filter.</param>
        /// <param name="isAdult">Adult filter.</param>
        /// <param name="isPro">Pro-model filter.</param>
        /// <param name="isWebEnabled">Web-enabled filter.</param>
        /// <param name="limit">Page size.</param>
        /// <param name="modelId">Model filter.</param>
        /// <param name="offset">Items to skip.</param>
        /// <param name="search">Search text.</param>
        /// <param name="sortBy">Sort mode.</param>
        /// <param name="sortOrder">Sort direction.</param>
        /// <param name="tags">Tag filter.</param>
        /// <param name="cancellationToken">Cancels the call.</param>
        /// <returns>The page.</returns>
        [Get("/characters")]
        Task<CharacterList> ListAsync(
            [Query] IEnumerable<string>? categories,
            [Query] bool? isAdult,
            [Query] bool? isPro,
            [Query] bool? isWebEnabled,
            [Query] int? limit,
            [Query] IEnumerable<string>? modelId,
            [Query] int? offset,
            [Query] string? search,
            [Query] CharacterSortBy? sortBy,
            [Query] CharacterSortOrder? sortOrder,
            [Query] IEnumerable<string>? tags,
            CancellationToken cancellationToken = default);

        /// <summary><c>GET /characters/{slug}</c>.</summary>
        /// <param name="slug">The character's slug.</param>
        /// <param name="cancellationToken">Cancels the call.</param>
        /// <returns>The character.</returns>
        [Get("/characters/{slug}")]
        Task<CharacterResponse> GetAsync(string slug, CancellationToken cancellationToken = default);

        /// <summary><c>GET /characters/{slug}/reviews</c>, with the <c>x-pagination-*</c> headers.</summary>
        /// <param name="slug">The character's slug.</param>
        /// <param name="page">Page number from 1.</param>
        /// <param name="pageSize">Reviews per page.</param>
        /// <param name="cancellationToken">Cancels the call.</param>
        /// <returns>The page and its headers.</returns>
        [Get("/characters/{slug}/reviews")]
        Task<ApiResponse<CharacterReviewList>> ListReviewsAsync(string slug, [Query] int? page, [Query] int? pageSize, CancellationToken cancellationToken = default);
    }
}
