using System;
using System.Collections.Generic;
using System.Net;
using System.Text.Json;
using System.Threading.Tasks;
using VeniceAot.ApiKeys;
using VeniceAot.Testing;

namespace VeniceAot.Tests
{
    /// <summary>The API Keys group end to end: the exact request the server saw, and the parsed result or error.</summary>
    public sealed class ApiKeysTests
    {
        private const string Key = "test-key-5b1e";

        private static VeniceClient ClientFor(LoopbackServer server) =>
            new(new VeniceClientOptions { ApiKey = Key, BaseAddress = server.BaseAddress });

        [Fact]
        public async Task Delete_sends_id_in_query_and_parses_success()
        {
            await using LoopbackServer server = await LoopbackServer.StartJsonAsync(200, """{"success":true}""");
            using VeniceClient client = ClientFor(server);

            DeleteApiKeyResponse result = await client.ApiKeys.DeleteAsync("e28e82dc-9df2 4b47/x");

            Assert.True(result.Success);
            RecordedRequest request = server.LastRequest;
            Assert.Equal("DELETE", request.Method);
            Assert.Equal("/api/v1/api_keys", request.RawPath);
            Assert.Equal("?id=e28e82dc-9df2%204b47%2Fx", request.QueryString);
            Assert.Equal("Bearer " + Key, request.Header("Authorization"));
            Assert.Empty(request.Body);
        }
    }
}
