using System;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using VeniceAot.Testing;
using static VeniceAot.Cli.Tests.CliRunner;

namespace VeniceAot.Cli.Tests
{
    /// <summary><c>venice characters</c> in-process: list filters (repeated tags), get, reviews.</summary>
    public sealed class CharactersCommandsTests
    {
        private const string Pirate = """
            {"adult":false,"author":"ann","description":"Arr.\nA pirate.","featured":false,"id":"c1","name":"Captain Jo","slug":"captain-jo",
             "stats":{"averageRating":4.25,"imports":12,"ratingCount":4,"ratingSum":17},"tags":["adventure","humor"],"webEnabled":true,"modelId":"venice-uncensored",
             "createdAt":"2025-01-02T03:04:05Z"}
            """;

        [Fact]
        public async Task List_sends_search_repeated_tags_and_limit()
        {
            await using LoopbackServer server = await LoopbackServer.StartJsonAsync(200, $$"""{"object":"list","data":[{{Pirate}}]}""");

            CliResult result = await RunAgainstAsync(server.BaseAddress, "characters", "list", "--search", "pirate ship", "--tag", "adventure", "--tag", "humor", "--limit", "10");

            Assert.True(result.ExitCode == 0, result.ToString());
            Assert.Equal("/api/v1/characters", server.LastRequest.RawPath);
            Assert.Equal("?limit=10&search=pirate%20ship&tags=adventure&tags=humor", server.LastRequest.QueryString);
            Assert.Equal(
                ["SLUG        NAME        MODEL              RATING  IMPORTS  TAGS", "captain-jo  Captain Jo  venice-uncensored  4.3     12       adventure,humor"],
                Lines(result.Stdout));

            CliResult json = await RunAgainstAsync(server.BaseAddress, "characters", "list", "--json");
            Assert.Equal(0, json.ExitCode);
            Assert.Equal(string.Empty, server.LastRequest.QueryString);
            using JsonDocument doc = JsonDocument.Parse(json.Stdout);
            Assert.Equal("captain-jo", doc.RootElement.GetProperty("data")[0].GetProperty("slug").GetString());
        }

        [Fact]
        public async Task List_limit_out_of_range_is_a_usage_error_without_sending()
        {
            await using LoopbackServer server = await LoopbackServer.StartJsonAsync(200, """{"data":[]}""");

            CliResult result = await RunAgainstAsync(server.BaseAddress, "characters", "list", "--limit", "500");

            Assert.Equal(2, result.ExitCode);
            Assert.Empty(server.Requests);
        }

        [Fact]
        public async Task Get_prints_details_with_the_description_on_one_line()
        {
            await using LoopbackServer server = await LoopbackServer.StartJsonAsync(200, $$"""{"object":"character","data":{{Pirate}}}""");

            CliResult result = await RunAgainstAsync(server.BaseAddress, "characters", "get", "captain-jo");

            Assert.True(result.ExitCode == 0, result.ToString());
            Assert.Equal("/api/v1/characters/captain-jo", server.LastRequest.RawPath);
            string[] lines = Lines(result.Stdout);
            Assert.Equal("Slug:           captain-jo", lines[0]);
            Assert.Contains("Description:    Arr. A pirate.", lines);
            Assert.Contains("Rating:         4.3 (4 ratings)", lines);
            Assert.Contains("Tags:           adventure, humor", lines);

            CliResult json = await RunAgainstAsync(server.BaseAddress, "characters", "get", "captain-jo", "--json");
            using JsonDocument doc = JsonDocument.Parse(json.Stdout);
            Assert.Equal("Captain Jo", doc.RootElement.GetProperty("data").GetProperty("name").GetString());
        }

        [Fact]
        public async Task Reviews_prints_summary_table_and_page()
        {
            const string body = """
                {"object":"list","data":[{"id":"r1","rating":5,"username":"bo","message":"great\nfun","createdAt":"2025-03-04T05:06:00Z"}],
                 "pagination":{"page":2,"pageSize":1,"total":3,"totalPages":3},"summary":{"averageRating":4.5,"totalReviews":3}}
                """;
            await using LoopbackServer server = await LoopbackServer.StartJsonAsync(200, body);

            CliResult result = await RunAgainstAsync(server.BaseAddress, "characters", "reviews", "captain-jo", "--page", "2", "--page-size", "1");

            Assert.True(result.ExitCode == 0, result.ToString());
            Assert.Equal("/api/v1/characters/captain-jo/reviews", server.LastRequest.RawPath);
            Assert.Equal("?page=2&pageSize=1", server.LastRequest.QueryString);
            Assert.Equal(
                [
                    "Average 4.5 from 3 reviews.",
                    "RATING  USER  DATE (UTC)        REVIEW",
                    "5       bo    2025-03-04 05:06  great fun",
                    "Page 2 of 3.",
                ],
                Lines(result.Stdout));
        }
    }
}
