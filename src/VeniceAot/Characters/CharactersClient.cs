using System;
using System.Collections.Generic;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using VeniceAot.Http;

namespace VeniceAot.Characters
{
    /// <summary>
    /// The Characters group (preview API), reached as <see cref="VeniceClient.Characters"/>: list and search public
    /// characters, fetch one by slug, read its reviews. The <c>ListAll…</c> methods page through every result.
    /// </summary>
    public sealed class CharactersClient
    {
        private const int MaxFilterValues = 20;
        private readonly ICharactersApi _api;

        /// <summary>Creates the client over <paramref name="connection"/>.</summary>
        /// <param name="connection">The connection to send through (e.g. <see cref="VeniceClient.Connection"/>).</param>
        public CharactersClient(ApiConnection connection)
        {
            ArgumentNullException.ThrowIfNull(connection);
            _api = new CharactersApiClient(connection);
        }

        /// <summary><c>GET /characters</c>: one page of characters matching <paramref name="query"/>.</summary>
        /// <param name="query">Filters, sort and paging; null for the server defaults (50 from offset 0).</param>
        /// <param name="cancellationToken">Cancels the call.</param>
        /// <returns>The page.</returns>
        /// <exception cref="ArgumentException">A limit outside 1..100, a negative offset, or more than 20 values in a filter list.</exception>
        /// <exception cref="VeniceApiException">Venice answered with an error.</exception>
        public Task<CharacterList> ListAsync(CharacterListQuery? query = null, CancellationToken cancellationToken = default)
        {
            query ??= new CharacterListQuery();
            Validate(query);
            return _api.ListAsync(
                query.Categories,
                query.IsAdult,
                query.IsPro,
                query.IsWebEnabled,
                query.Limit,
                query.ModelIds,
                query.Offset,
                query.Search,
                query.SortBy,
                query.SortOrder,
                query.Tags,
                cancellationToken);
        }

        /// <summary>
        /// Every character matching <paramref name="query"/>, fetched page by page with <c>limit</c>/<c>offset</c>
        /// (starting at <see cref="CharacterListQuery.Offset"/>, <see cref="CharacterListQuery.Limit"/> per page, default 50)
        /// until a page comes back short. Requests are sent as enumeration proceeds.
        /// </summary>
        /// <param name="query">Filters, sort and page size; null for none.</param>
        /// <param name="cancellationToken">Cancels the walk.</param>
        /// <returns>The characters.</returns>
        /// <exception cref="VeniceApiException">Venice answered with an error.</exception>
        public async IAsyncEnumerable<Character> ListAllAsync(CharacterListQuery? query = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
        {
            query ??= new CharacterListQuery();
            Validate(query);
            int limit = query.Limit ?? 50;
            int offset = query.Offset ?? 0;
            while (true)
            {
                CharacterList page = await ListAsync(query with { Limit = limit, Offset = offset }, cancellationToken).ConfigureAwait(false);
                foreach (Character character in page.Data)
                {
                    yield return character;
                }

                if (page.Data.Count < limit || page.Data.Count == 0)
                {
                    yield break;
                }

                offset += page.Data.Count;
            }
        }

        /// <summary><c>GET /characters/{slug}</c>: one character.</summary>
        /// <param name="slug">The character's slug, e.g. <c>alan-watts</c>.</param>
        /// <param name="cancellationToken">Cancels the call.</param>
        /// <returns>The character.</returns>
        /// <exception cref="VeniceApiException">Venice answered with an error (404 for an unknown slug).</exception>
        public async Task<Character> GetAsync(string slug, CancellationToken cancellationToken = default)
        {
            ArgumentException.ThrowIfNullOrEmpty(slug);
            CharacterResponse response = await _api.GetAsync(slug, cancellationToken).ConfigureAwait(false);
            return response.Data;
        }

        /// <summary>
        /// <c>GET /characters/{slug}/reviews</c>: one page of reviews. <see cref="CharacterReviewList.Pagination"/> comes from
        /// the body, or from the <c>x-pagination-*</c> headers when the body lacks it.
        /// </summary>
        /// <param name="slug">The character's slug.</param>
        /// <param name="page">The page, from 1 (server default 1).</param>
        /// <param name="pageSize">Reviews per page, 1 to 100 (server default 20).</param>
        /// <param name="cancellationToken">Cancels the call.</param>
        /// <returns>The page.</returns>
        /// <exception cref="ArgumentOutOfRangeException"><paramref name="page"/> below 1 or <paramref name="pageSize"/> outside 1..100.</exception>
        /// <exception cref="VeniceApiException">Venice answered with an error.</exception>
        public async Task<CharacterReviewList> ListReviewsAsync(string slug, int? page = null, int? pageSize = null, CancellationToken cancellationToken = default)
        {
            ArgumentException.ThrowIfNullOrEmpty(slug);
            if (page is { } p)
            {
                ArgumentOutOfRangeException.ThrowIfLessThan(p, 1, nameof(page));
            }

            if (pageSize is { } size)
            {
                ArgumentOutOfRangeException.ThrowIfLessThan(size, 1, nameof(pageSize));
                ArgumentOutOfRangeException.ThrowIfGreaterThan(size, 100, nameof(pageSize));
            }

            ApiResponse<CharacterReviewList> response = await _api.ListReviewsAsync(slug, page, pageSize, cancellationToken).ConfigureAwait(false);
            CharacterReviewList list = response.Value;
            list.Pagination ??= FromHeaders(response.Metadata);
            return list;
        }

        /// <summary>
        /// Every review of a character, page by page (<c>page</c>/<c>pageSize</c>) until the last page the server reports
        /// (or an empty or short page when it reports none). Requests are sent as enumeration proceeds.
        /// </summary>
        /// <param name="slug">The character's slug.</param>
        /// <param name="pageSize">Reviews per page, 1 to 100; null for the server default (20).</param>
        /// <param name="cancellationToken">Cancels the walk.</param>
        /// <returns>The reviews.</returns>
        /// <exception cref="VeniceApiException">Venice answered with an error.</exception>
        public async IAsyncEnumerable<CharacterReview> ListAllReviewsAsync(string slug, int? pageSize = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
        {
            for (int page = 1; ; page++)
            {
                CharacterReviewList list = await ListReviewsAsync(slug, page, pageSize, cancellationToken).ConfigureAwait(false);
                foreach (CharacterReview review in list.Data)
                {
                    yield return review;
                }

                bool last = list.Data.Count == 0
                    || (list.Pagination is { TotalPages: > 0 } pagination
                        ? page >= pagination.TotalPages
                        : list.Data.Count < (pageSize ?? list.Pagination?.PageSize ?? 20));
                if (last)
                {
                    yield break;
                }
            }
        }

        private static CharacterReviewPagination? FromHeaders(ResponseMetadata metadata)
        {
            int? page = Int(metadata, "x-pagination-page");
            int? limit = Int(metadata, "x-pagination-limit");
            int? total = Int(metadata, "x-pagination-total");
            int? totalPages = Int(metadata, "x-pagination-total-pages");
            if (page is null && limit is null && total is null && totalPages is null)
            {
                return null;
            }

            return new CharacterReviewPagination { Page = page ?? 0, PageSize = limit ?? 0, Total = total ?? 0, TotalPages = totalPages ?? 0 };
        }

        private static int? Int(ResponseMetadata metadata, string header) =>
            double.TryParse(metadata.GetHeader(header), NumberStyles.Float, CultureInfo.InvariantCulture, out double value) && value is >= 0 and <= int.MaxValue
                ? (int)value
                : null;

        private static void Validate(CharacterListQuery query)
        {
            if (query.Limit is { } limit)
            {
                ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1, "query.Limit");
                ArgumentOutOfRangeException.ThrowIfGreaterThan(limit, 100, "query.Limit");
            }

            if (query.Offset is { } offset)
            {
                ArgumentOutOfRangeException.ThrowIfNegative(offset, "query.Offset");
            }

            CheckCount(query.Categories, "query.Categories");
            CheckCount(query.ModelIds, "query.ModelIds");
            CheckCount(query.Tags, "query.Tags");
        }

        private static void CheckCount(IReadOnlyList<string>? values, string name)
        {
            if (values is { Count: > MaxFilterValues })
            {
                throw new ArgumentException($"{name} has {values.Count} values; Venice accepts at most {MaxFilterValues}.", name);
            }
        }
    }
}
