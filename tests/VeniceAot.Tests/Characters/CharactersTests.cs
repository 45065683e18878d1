using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Text.Json;
using System.Threading.Tasks;
using VeniceAot.Characters;
using VeniceAot.Json;
using VeniceAot.Testing;
using VeniceAot.Tests.Models;
using Xunit.Abstractions;
using static VeniceAot.Tests.Billing.AccountTestSupport;

namespace VeniceAot.Tests.Characters
{
    /// <summary>The Characters group: repeated query keys, string booleans, both pagination styles, and the spec fragments.</summary>
    public sealed class CharactersTests(ITestOutputHelper output)
    {
        private static string CharacterJson(string slug) => $$"""
            {"adult":false,"author":"k3x9q","createdAt":"2024-12-20T21:28:08.934Z","description":null,"featured":true,
             "id":"id-{{slug}}","name":"Name {{slug}}","shareUrl":null,"photoUrl":"https://example.test/p.png","slug":"{{slug}}",
             "stats":{"averageRating":4.7,"imports":112,"ratingCount":24,"ratingSum":113,"userRating":null},
             "tags":["Philosophy"],"updatedAt":"2025-02-09T03:23:53.708Z","webEnabled":true,"modelId":"venice-uncensored-1-2"}
            """;

        private static string ReviewJson(int n) => $$"""
            {"characterId":"c1","createdAt":"2025-02-09T03:23:53.708Z","id":"r{{n}}","isOwner":false,"locale":null,
             "message":"Review {{n}}","rating":5,"userAvatarUrl":null,"username":"user{{n}}"}
            """;

        [Fact]
        public async Task List_repeats_array_keys_and_sends_string_booleans()
        {
            await using LoopbackServer server = await LoopbackServer.StartJsonAsync(200, $$"""{"data":[{{CharacterJson("alan-watts")}}],"object":"list"}""");
            using VeniceClient client = ClientFor(server);

            CharacterList list = await client.Characters.ListAsync(new CharacterListQuery
            {
                Categories = ["roleplay", "philosophy"],
                IsAdult = false,
                IsPro = true,
                IsWebEnabled = false,
                Limit = 25,
                ModelIds = ["zai-org-glm-5-1", "kimi-k2-6"],
                Offset = 50,
                Search = "#assistant & more",
                SortBy = CharacterSortBy.HighlyRatedAndRecent,
                SortOrder = CharacterSortOrder.Ascending,
                Tags = ["helpful", "productivity"],
            });

            RecordedRequest request = server.LastRequest;
            Assert.Equal("GET", request.Method);
            Assert.Equal("/api/v1/characters", request.RawPath);
            Assert.Equal(
                [
                    Pair("categories", "roleplay"), Pair("categories", "philosophy"), Pair("isAdult", "false"), Pair("isPro", "true"),
                    Pair("isWebEnabled", "false"), Pair("limit", "25"), Pair("modelId", "zai-org-glm-5-1"), Pair("modelId", "kimi-k2-6"),
                    Pair("offset", "50"), Pair("search", "#assistant & more"), Pair("sortBy", "highlyRatedAndRecent"), Pair("sortOrder", "asc"),
                    Pair("tags", "helpful"), Pair("tags", "productivity"),
                ],
                Query(request));
            Assert.Contains("search=%23assistant%20%26%20more", request.QueryString, StringComparison.Ordinal);

            Character character = Assert.Single(list.Data);
            Assert.Equal("alan-watts", character.Slug);
            Assert.True(character.Featured);
            Assert.Null(character.Description);
            Assert.Equal(4.7, character.Stats!.AverageRating);
            Assert.Null(character.Stats.UserRating);
            Assert.Equal(112, character.Stats.Imports);
            Assert.Equal(new DateTimeOffset(2024, 12, 20, 21, 28, 8, 934, TimeSpan.Zero), character.CreatedAt);
        }

        [Fact]
        public async Task List_without_query_sends_no_parameters_and_validation_stops_bad_ones()
        {
            await using LoopbackServer server = await LoopbackServer.StartJsonAsync(200, """{"data":[],"object":"list"}""");
            using VeniceClient client = ClientFor(server);

            await client.Characters.ListAsync();
            Assert.Equal(string.Empty, server.LastRequest.QueryString);

            await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => client.Characters.ListAsync(new CharacterListQuery { Limit = 0 }));
            await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => client.Characters.ListAsync(new CharacterListQuery { Limit = 101 }));
            await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => client.Characters.ListAsync(new CharacterListQuery { Offset = -1 }));
            await Assert.ThrowsAsync<ArgumentException>(() => client.Characters.ListAsync(new CharacterListQuery { Tags = Enumerable.Range(0, 21).Select(i => "t" + i).ToArray() }));
            Assert.Single(server.Requests);
        }

        [Fact]
        public async Task ListAll_pages_with_limit_and_offset_until_a_short_page()
        {
            await using LoopbackServer server = await LoopbackServer.StartAsync((request, context) =>
            {
                int offset = int.Parse(Query(request).Single(p => p.Key == "offset").Value, System.Globalization.CultureInfo.InvariantCulture);
                int count = offset < 4 ? 2 : 1;
                string items = string.Join(",", Enumerable.Range(offset, count).Select(i => CharacterJson("c" + i)));
                return Respond.Json(context, 200, $$"""{"data":[{{items}}],"object":"list"}""");
            });
            using VeniceClient client = ClientFor(server);

            var slugs = new List<string>();
            await foreach (Character character in client.Characters.ListAllAsync(new CharacterListQuery { Limit = 2, Tags = ["a", "b"] }))
            {
                slugs.Add(character.Slug);
            }

            Assert.Equal(["c0", "c1", "c2", "c3", "c4"], slugs);
            IReadOnlyList<RecordedRequest> requests = server.Requests;
            Assert.Equal(3, requests.Count);
            Assert.Equal([Pair("limit", "2"), Pair("offset", "0"), Pair("tags", "a"), Pair("tags", "b")], Query(requests[0]));
            Assert.Equal([Pair("limit", "2"), Pair("offset", "2"), Pair("tags", "a"), Pair("tags", "b")], Query(requests[1]));
            Assert.Equal([Pair("limit", "2"), Pair("offset", "4"), Pair("tags", "a"), Pair("tags", "b")], Query(requests[2]));
        }

        [Fact]
        public async Task Get_escapes_the_slug_and_unwraps_data()
        {
            await using LoopbackServer server = await LoopbackServer.StartJsonAsync(200, $$"""{"data":{{CharacterJson("alan-watts")}},"object":"character"}""");
            using VeniceClient client = ClientFor(server);

            Character character = await client.Characters.GetAsync("alan watts/x");

            Assert.Equal("/api/v1/characters/alan%20watts%2Fx", server.LastRequest.RawPath);
            Assert.Equal("alan-watts", character.Slug);
            Assert.Equal("venice-uncensored-1-2", character.ModelId);
        }

        [Fact]
        public async Task Get_unknown_slug_is_a_404_api_error()
        {
            await using LoopbackServer server = await LoopbackServer.StartJsonAsync(404, """{"error":"Character not found"}""");
            using VeniceClient client = ClientFor(server);

            VeniceApiException error = await Assert.ThrowsAsync<VeniceApiException>(() => client.Characters.GetAsync("nobody"));

            Assert.Equal(HttpStatusCode.NotFound, error.StatusCode);
            Assert.Equal("Character not found", error.Error);
        }

        [Fact]
        public async Task Reviews_send_page_and_size_and_parse_body_pagination()
        {
            var headers = new Dictionary<string, string>
            {
                ["x-pagination-limit"] = "2",
                ["x-pagination-page"] = "3",
                ["x-pagination-total"] = "87",
                ["x-pagination-total-pages"] = "44",
            };
            await using LoopbackServer server = await LoopbackServer.StartJsonAsync(
                200,
                $$"""{"data":[{{ReviewJson(1)}}],"object":"list","pagination":{"page":3,"pageSize":2,"total":87,"totalPages":44},"summary":{"averageRating":4.7,"totalReviews":87} }""",
                headers);
            using VeniceClient client = ClientFor(server);

            CharacterReviewList list = await client.Characters.ListReviewsAsync("alan-watts", page: 3, pageSize: 2);

            Assert.Equal("/api/v1/characters/alan-watts/reviews", server.LastRequest.RawPath);
            Assert.Equal("?page=3&pageSize=2", server.LastRequest.QueryString);
            CharacterReview review = Assert.Single(list.Data);
            Assert.Equal(5, review.Rating);
            Assert.Null(review.Locale);
            Assert.Equal(44, list.Pagination!.TotalPages);
            Assert.Equal(87, list.Summary!.TotalReviews);
        }

        [Fact]
        public async Task Reviews_take_pagination_from_headers_when_the_body_lacks_it()
        {
            await using LoopbackServer server = await LoopbackServer.StartJsonAsync(
                200,
                $$"""{"data":[{{ReviewJson(1)}}],"object":"list"}""",
                new Dictionary<string, string> { ["x-pagination-limit"] = "20", ["x-pagination-page"] = "1", ["x-pagination-total"] = "1", ["x-pagination-total-pages"] = "1" });
            using VeniceClient client = ClientFor(server);

            CharacterReviewList list = await client.Characters.ListReviewsAsync("alan-watts");

            Assert.Equal(string.Empty, server.LastRequest.QueryString);
            Assert.Equal(1, list.Pagination!.Page);
            Assert.Equal(20, list.Pagination.PageSize);
            Assert.Equal(1, list.Pagination.Total);
            Assert.Equal(1, list.Pagination.TotalPages);
        }

        [Fact]
        public async Task ListAllReviews_walks_pages_until_the_last_reported_page()
        {
            await using LoopbackServer server = await LoopbackServer.StartAsync((request, context) =>
            {
                int page = int.Parse(Query(request).Single(p => p.Key == "page").Value, System.Globalization.CultureInfo.InvariantCulture);
                string items = string.Join(",", Enumerable.Range(page * 10, page == 3 ? 1 : 2).Select(ReviewJson));
                return Respond.Json(
                    context,
                    200,
                    $$"""{"data":[{{items}}],"object":"list","pagination":{"page":{{page}},"pageSize":2,"total":5,"totalPages":3},"summary":{"averageRating":4,"totalReviews":5} }""",
                    new Dictionary<string, string> { ["x-pagination-total-pages"] = "3", ["x-pagination-page"] = page.ToString(System.Globalization.CultureInfo.InvariantCulture) });
            });
            using VeniceClient client = ClientFor(server);

            var ids = new List<string>();
            await foreach (CharacterReview review in client.Characters.ListAllReviewsAsync("alan-watts", pageSize: 2))
            {
                ids.Add(review.Id);
            }

            Assert.Equal(["r10", "r11", "r20", "r21", "r30"], ids);
            Assert.Equal(["?page=1&pageSize=2", "?page=2&pageSize=2", "?page=3&pageSize=2"], server.Requests.Select(r => r.QueryString));
        }

        [Theory]
        [InlineData("fragments/characters.get.parameters.0.json", "categories")]
        [InlineData("fragments/characters.get.parameters.5.json", "modelId")]
        [InlineData("fragments/characters.get.parameters.10.json", "tags")]
        public async Task Spec_query_array_examples_go_on_the_wire_as_repeated_keys(string file, string key)
        {
            if (SharedVeniceFiles.TryRead("examples/" + file, output) is not string json)
            {
                return;
            }

            List<string> values = JsonSerializer.Deserialize(json, CharactersJsonContext.Default.ListString)!;
            AssertSameJson(json, JsonSerializer.Serialize(values, CharactersJsonContext.Default.ListString));
            await using LoopbackServer server = await LoopbackServer.StartJsonAsync(200, """{"data":[],"object":"list"}""");
            using VeniceClient client = ClientFor(server);

            await client.Characters.ListAsync(key switch
            {
                "categories" => new CharacterListQuery { Categories = values },
                "modelId" => new CharacterListQuery { ModelIds = values },
                _ => new CharacterListQuery { Tags = values },
            });

            Assert.Equal(values.Select(v => Pair(key, v)), Query(server.LastRequest));
        }

        [Fact]
        public void Spec_tags_example_round_trips_inside_a_character()
        {
            if (SharedVeniceFiles.TryRead("examples/fragments/characters.get.200.data.tags.json", output) is not string json)
            {
                return;
            }

            string character = CharacterJson("alan-watts").Replace("[\"Philosophy\"]", json, StringComparison.Ordinal);
            string written = RoundTrip(character, CharactersJsonContext.Default.Character, c => Assert.Equal(5, c.Tags!.Count));
            AssertSameJson(character, written);
            using JsonDocument document = JsonDocument.Parse(written);
            AssertSameJson(json, document.RootElement.GetProperty("tags").GetRawText());
        }
    }
}
