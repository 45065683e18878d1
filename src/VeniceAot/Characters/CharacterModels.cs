using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace VeniceAot.Characters
{
    /// <summary>The answer of <c>GET /characters</c>: one page of characters.</summary>
    public sealed class CharacterList
    {
        /// <summary>The characters of this page.</summary>
        [JsonPropertyName("data")]
        public List<Character> Data { get; set; } = [];

        /// <summary>Always <c>list</c>.</summary>
        [JsonPropertyName("object")]
        public string? Object { get; set; }

        /// <summary>Fields this version of VeniceAot does not know yet.</summary>
        [JsonExtensionData]
        public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
    }

    /// <summary>The answer of <c>GET /characters/{slug}</c>.</summary>
    public sealed class CharacterResponse
    {
        /// <summary>The character.</summary>
        [JsonPropertyName("data")]
        public Character Data { get; set; } = new();

        /// <summary>Always <c>character</c>.</summary>
        [JsonPropertyName("object")]
        public string? Object { get; set; }

        /// <summary>Fields this version of VeniceAot does not know yet.</summary>
        [JsonExtensionData]
        public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
    }

    /// <summary>A public character; use its <see cref="Slug"/> as <c>venice_parameters.character_slug</c> in chat.</summary>
    public sealed class Character
    {
        /// <summary>Whether the character is adult content.</summary>
        [JsonPropertyName("adult")]
        public bool Adult { get; set; }

        /// <summary>A short anonymized identifier of the author.</summary>
        [JsonPropertyName("author")]
        public string? Author { get; set; }

        /// <summary>When the character was created.</summary>
        [JsonPropertyName("createdAt")]
        public DateTimeOffset? CreatedAt { get; set; }

        /// <summary>The description; may be null.</summary>
        [JsonPropertyName("description")]
        public string? Description { get; set; }

        /// <summary>Whether the character is featured in public discovery.</summary>
        [JsonPropertyName("featured")]
        public bool Featured { get; set; }

        /// <summary>The character's id.</summary>
        [JsonPropertyName("id")]
        public string Id { get; set; } = string.Empty;

        /// <summary>The name.</summary>
        [JsonPropertyName("name")]
        public string? Name { get; set; }

        /// <summary>The share URL; may be null.</summary>
        [JsonPropertyName("shareUrl")]
        public string? ShareUrl { get; set; }

        /// <summary>The photo URL; may be null.</summary>
        [JsonPropertyName("photoUrl")]
        public string? PhotoUrl { get; set; }

        /// <summary>The slug to use in the completions API.</summary>
        [JsonPropertyName("slug")]
        public string Slug { get; set; } = string.Empty;

        /// <summary>Ratings and imports.</summary>
        [JsonPropertyName("stats")]
        public CharacterStats? Stats { get; set; }

        /// <summary>Tags.</summary>
        [JsonPropertyName("tags")]
        public List<string>? Tags { get; set; }

        /// <summary>When the character was last updated.</summary>
        [JsonPropertyName("updatedAt")]
        public DateTimeOffset? UpdatedAt { get; set; }

        /// <summary>Whether the character is enabled for web use.</summary>
        [JsonPropertyName("webEnabled")]
        public bool WebEnabled { get; set; }

        /// <summary>The API model id the character runs on.</summary>
        [JsonPropertyName("modelId")]
        public string? ModelId { get; set; }

        /// <summary>Fields this version of VeniceAot does not know yet.</summary>
        [JsonExtensionData]
        public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
    }

    /// <summary>A character's ratings and imports.</summary>
    public sealed class CharacterStats
    {
        /// <summary>The average rating.</summary>
        [JsonPropertyName("averageRating")]
        public double AverageRating { get; set; }

        /// <summary>How often the character was imported.</summary>
        [JsonPropertyName("imports")]
        public long Imports { get; set; }

        /// <summary>The number of ratings.</summary>
        [JsonPropertyName("ratingCount")]
        public long RatingCount { get; set; }

        /// <summary>The sum of all ratings.</summary>
        [JsonPropertyName("ratingSum")]
        public long RatingSum { get; set; }

        /// <summary>The calling user's rating, when there is one.</summary>
        [JsonPropertyName("userRating")]
        public double? UserRating { get; set; }

        /// <summary>Fields this version of VeniceAot does not know yet.</summary>
        [JsonExtensionData]
        public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
    }

    /// <summary>The answer of <c>GET /characters/{slug}/reviews</c>: one page of reviews.</summary>
    public sealed class CharacterReviewList
    {
        /// <summary>The reviews of this page.</summary>
        [JsonPropertyName("data")]
        public List<CharacterReview> Data { get; set; } = [];

        /// <summary>Always <c>list</c>.</summary>
        [JsonPropertyName("object")]
        public string? Object { get; set; }

        /// <summary>Where this page sits (also sent as <c>x-pagination-*</c> headers).</summary>
        [JsonPropertyName("pagination")]
        public CharacterReviewPagination? Pagination { get; set; }

        /// <summary>The rating summary.</summary>
        [JsonPropertyName("summary")]
        public CharacterReviewSummary? Summary { get; set; }

        /// <summary>Fields this version of VeniceAot does not know yet.</summary>
        [JsonExtensionData]
        public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
    }

    /// <summary>One public review.</summary>
    public sealed class CharacterReview
    {
        /// <summary>The reviewed character's id.</summary>
        [JsonPropertyName("characterId")]
        public string? CharacterId { get; set; }

        /// <summary>When the review was written.</summary>
        [JsonPropertyName("createdAt")]
        public DateTimeOffset? CreatedAt { get; set; }

        /// <summary>The review's id.</summary>
        [JsonPropertyName("id")]
        public string Id { get; set; } = string.Empty;

        /// <summary>Whether the calling user wrote it.</summary>
        [JsonPropertyName("isOwner")]
        public bool IsOwner { get; set; }

        /// <summary>The reviewer's locale, when known.</summary>
        [JsonPropertyName("locale")]
        public string? Locale { get; set; }

        /// <summary>The written review, if any.</summary>
        [JsonPropertyName("message")]
        public string? Message { get; set; }

        /// <summary>Stars, 1 to 5.</summary>
        [JsonPropertyName("rating")]
        public int Rating { get; set; }

        /// <summary>The reviewer's avatar URL, when known.</summary>
        [JsonPropertyName("userAvatarUrl")]
        public string? UserAvatarUrl { get; set; }

        /// <summary>The reviewer's display name.</summary>
        [JsonPropertyName("username")]
        public string? Username { get; set; }

        /// <summary>Fields this version of VeniceAot does not know yet.</summary>
        [JsonExtensionData]
        public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
    }

    /// <summary>Where a page of reviews sits.</summary>
    public sealed class CharacterReviewPagination
    {
        /// <summary>The page number (from 1).</summary>
        [JsonPropertyName("page")]
        public int Page { get; set; }

        /// <summary>Reviews per page.</summary>
        [JsonPropertyName("pageSize")]
        public int PageSize { get; set; }

        /// <summary>Visible reviews in total.</summary>
        [JsonPropertyName("total")]
        public int Total { get; set; }

        /// <summary>Pages in total.</summary>
        [JsonPropertyName("totalPages")]
        public int TotalPages { get; set; }

        /// <summary>Fields this version of VeniceAot does not know yet.</summary>
        [JsonExtensionData]
        public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
    }

    /// <summary>A character's rating summary.</summary>
    public sealed class CharacterReviewSummary
    {
        /// <summary>The average rating.</summary>
        [JsonPropertyName("averageRating")]
        public double AverageRating { get; set; }

        /// <summary>Reviews counted in the summary.</summary>
        [JsonPropertyName("totalReviews")]
        public int TotalReviews { get; set; }

        /// <summary>Fields this version of VeniceAot does not know yet.</summary>
        [JsonExtensionData]
        public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
    }

    /// <summary>Filters and paging of <c>GET /characters</c>; null members are not sent.</summary>
    public sealed record CharacterListQuery
    {
        /// <summary>Only these categories (repeated <c>categories</c> keys; at most 20).</summary>
        public IReadOnlyList<string>? Categories { get; init; }

        /// <summary>Only adult (true) or non-adult (false) characters.</summary>
        public bool? IsAdult { get; init; }

        /// <summary>Only characters on pro models (true) or not (false).</summary>
        public bool? IsPro { get; init; }

        /// <summary>Only web-enabled characters (true) or not (false).</summary>
        public bool? IsWebEnabled { get; init; }

        /// <summary>Characters per page, 1 to 100 (server default 50).</summary>
        public int? Limit { get; init; }

        /// <summary>Only characters on these model ids (repeated <c>modelId</c> keys; at most 20).</summary>
        public IReadOnlyList<string>? ModelIds { get; init; }

        /// <summary>Characters to skip (server default 0).</summary>
        public int? Offset { get; init; }

        /// <summary>Search by name, description or tags (hashtags work).</summary>
        public string? Search { get; init; }

        /// <summary>The sort mode.</summary>
        public CharacterSortBy? SortBy { get; init; }

        /// <summary>The sort direction.</summary>
        public CharacterSortOrder? SortOrder { get; init; }

        /// <summary>Only these tags (repeated <c>tags</c> keys; at most 20).</summary>
        public IReadOnlyList<string>? Tags { get; init; }
    }
}
