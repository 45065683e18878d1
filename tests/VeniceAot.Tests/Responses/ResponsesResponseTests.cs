using System.Text.Json;
using System.Threading.Tasks;
using VeniceAot.Http;
using VeniceAot.Json;
using VeniceAot.Responses;
using VeniceAot.Testing;

namespace VeniceAot.Tests.Responses
{
    /// <summary>Parsing a <c>/responses</c> result: every output item type, citations, usage, unknown items kept verbatim.</summary>
    public sealed class ResponsesResponseTests
    {
        // Property order matches the models' declaration order, so writing the parsed value back must give these bytes.
        private const string FullResponse =
            """{"id":"resp_1","object":"response","created_at":1760000000,"model":"zai-org-glm-5-1","status":"completed","output":[""" +
            """{"type":"reasoning","id":"rs_1","summary":["Looked it up."],"encrypted_content":"enc"},""" +
            """{"type":"web_search_call","id":"ws_1","status":"completed","action":{"query":"paris weather"}},""" +
            """{"type":"message","id":"msg_1","status":"completed","role":"assistant","content":[{"type":"output_text","text":"It is sunny.","annotations":[{"type":"url_citation","url":"https://example.com/w","title":"Weather","start_index":0,"end_index":12}]}]},""" +
            """{"type":"function_call","id":"fc_1","call_id":"call_1","name":"get_weather","arguments":"{\u0022city\u0022:\u0022Paris\u0022}","status":"completed"},""" +
            """{"type":"image_generation_call","id":"ig_1","result":"AAAA","nested":{"a":[1,2.50,null]}}""" +
            """],"usage":{"input_tokens":10,"input_tokens_details":{"cached_tokens":2},"output_tokens":20,"output_tokens_details":{"reasoning_tokens":5},"total_tokens":30},"future_field":true}""";

        [Fact]
        public async Task Parses_every_output_item_type_and_keeps_headers()
        {
            var headers = new System.Collections.Generic.Dictionary<string, string> { ["X-Balance-Remaining"] = "4.230000", ["CF-RAY"] = "ray-9" };
            await using LoopbackServer server = await LoopbackServer.StartJsonAsync(200, FullResponse, headers);
            using var client = new VeniceClient(new VeniceClientOptions { ApiKey = "k", BaseAddress = server.BaseAddress });

            ApiResponse<ResponsesResponse> answer = await client.Responses.CreateWithMetadataAsync(new ResponsesRequest { Model = "m", Input = "weather?" });
            ResponsesResponse response = answer.Value;

            Assert.Equal(4.23m, answer.Metadata.BalanceRemaining);
            Assert.Equal("ray-9", answer.Metadata.RequestId);
            Assert.Equal("resp_1", response.Id);
            Assert.Equal("response", response.Object);
            Assert.Equal(1760000000, response.CreatedAt);
            Assert.Equal("zai-org-glm-5-1", response.Model);
            Assert.Equal(ResponseStatus.Completed, response.Status);
            Assert.Equal(5, response.Output.Count);

            ResponseReasoningItem reasoning = Assert.IsType<ResponseReasoningItem>(response.Output[0]);
            Assert.Equal(ResponseOutputItemType.Reasoning, reasoning.Type);
            Assert.Equal("rs_1", reasoning.Id);
            Assert.Equal(["Looked it up."], reasoning.Summary!);
            Assert.Equal("enc", reasoning.EncryptedContent);

            ResponseWebSearchCallItem search = Assert.IsType<ResponseWebSearchCallItem>(response.Output[1]);
            Assert.Equal("ws_1", search.Id);
            Assert.Equal(ResponseItemStatus.Completed, search.Status);
            Assert.Equal("paris weather", search.AdditionalProperties!["action"].GetProperty("query").GetString());
            Assert.False(search.AdditionalProperties.ContainsKey("type"));

            ResponseMessageItem message = Assert.IsType<ResponseMessageItem>(response.Output[2]);
            Assert.Equal(ResponseMessageRole.Assistant, message.Role);
            Assert.Equal(ResponseItemStatus.Completed, message.Status);
            ResponseOutputContent text = Assert.Single(message.Content);
            Assert.Equal(ResponseOutputContentType.OutputText, text.Type);
            Assert.Equal("It is sunny.", text.Text);
            ResponseAnnotation citation = Assert.Single(text.Annotations!);
            Assert.Equal(ResponseAnnotationType.UrlCitation, citation.Type);
            Assert.Equal("https://example.com/w", citation.Url);
            Assert.Equal("Weather", citation.Title);
            Assert.Equal(0, citation.StartIndex);
            Assert.Equal(12, citation.EndIndex);
            Assert.Equal("It is sunny.", response.GetOutputText());

            ResponseFunctionCallItem call = Assert.IsType<ResponseFunctionCallItem>(response.Output[3]);
            Assert.Equal("call_1", call.CallId);
            Assert.Equal("get_weather", call.Name);
            Assert.Equal("""{"city":"Paris"}""", call.Arguments);
            Assert.Equal(ResponseItemStatus.Completed, call.Status);
            Assert.Equal("call_1", call.ToInput().CallId);

            ResponseUnknownOutputItem unknown = Assert.IsType<ResponseUnknownOutputItem>(response.Output[4]);
            Assert.Equal("image_generation_call", unknown.Type.Value);
            Assert.Equal("""{"type":"image_generation_call","id":"ig_1","result":"AAAA","nested":{"a":[1,2.50,null]}}""", unknown.Raw.GetRawText());

            Assert.Equal(10, response.Usage!.InputTokens);
            Assert.Equal(2, response.Usage.InputTokensDetails!.CachedTokens);
            Assert.Equal(20, response.Usage.OutputTokens);
            Assert.Equal(5, response.Usage.OutputTokensDetails!.ReasoningTokens);
            Assert.Equal(30, response.Usage.TotalTokens);
            Assert.True(response.AdditionalProperties!["future_field"].GetBoolean());
            Assert.Null(response.Error);
        }

        [Fact]
        public void Response_round_trips_byte_for_byte_including_the_unknown_item()
        {
            ResponsesResponse response = JsonSerializer.Deserialize(FullResponse, ResponsesJsonContext.Default.ResponsesResponse)!;

            Assert.Equal(FullResponse, JsonSerializer.Serialize(response, ResponsesJsonContext.Default.ResponsesResponse));
            Assert.Equal(
                """{"type":"image_generation_call","id":"ig_1","result":"AAAA","nested":{"a":[1,2.50,null]}}""",
                JsonSerializer.Serialize(response.Output[4], ResponsesJsonContext.Default.ResponseOutputItem));
        }

        [Fact]
        public void Failed_response_carries_its_error_and_unknown_status()
        {
            const string json = """{"id":"r","object":"response","created_at":1,"model":"m","status":"failed","output":[],"error":{"code":"server_error","message":"boom"}}""";

            ResponsesResponse response = JsonSerializer.Deserialize(json, ResponsesJsonContext.Default.ResponsesResponse)!;

            Assert.Equal(ResponseStatus.Failed, response.Status);
            Assert.Equal("server_error", response.Error!.Code);
            Assert.Equal("boom", response.Error.Message);

            ResponsesResponse queued = JsonSerializer.Deserialize("""{"id":"r","status":"queued","output":[]}""", ResponsesJsonContext.Default.ResponsesResponse)!;
            Assert.Equal("queued", queued.Status!.Value.Value);
        }

        [Fact]
        public async Task Http_error_maps_to_VeniceApiException()
        {
            await using LoopbackServer server = await LoopbackServer.StartJsonAsync(400, """{"error":"Invalid request","details":{"input":{"_errors":["Field is required"]}}}""");
            using var client = new VeniceClient(new VeniceClientOptions { ApiKey = "k", BaseAddress = server.BaseAddress });

            VeniceApiException error = await Assert.ThrowsAsync<VeniceApiException>(
                () => client.Responses.CreateAsync(new ResponsesRequest { Model = "m", Input = "x" }));

            Assert.Equal(System.Net.HttpStatusCode.BadRequest, error.StatusCode);
            Assert.Equal("Invalid request", error.Error);
        }
    }
}
