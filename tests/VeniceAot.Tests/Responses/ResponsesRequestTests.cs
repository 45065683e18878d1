using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Threading.Tasks;
using VeniceAot.Json;
using VeniceAot.Responses;
using VeniceAot.Testing;

namespace VeniceAot.Tests.Responses
{
    /// <summary>The exact body <c>POST /responses</c> sends, for every input item, tool and option.</summary>
    public sealed class ResponsesRequestTests
    {
        private const string Key = "test-key-77a1";

        private const string MinimalResponse = """{"id":"resp_1","object":"response","created_at":1,"model":"m","status":"completed","output":[]}""";

        private static VeniceClient ClientFor(LoopbackServer server) =>
            new(new VeniceClientOptions { ApiKey = Key, BaseAddress = server.BaseAddress });

        [Fact]
        public async Task String_input_sends_only_model_and_input()
        {
            await using LoopbackServer server = await LoopbackServer.StartJsonAsync(200, MinimalResponse);
            using VeniceClient client = ClientFor(server);

            ResponsesResponse result = await client.Responses.CreateAsync(new ResponsesRequest { Model = "zai-org-glm-5-1", Input = "What is 2+2?" });

            Assert.Equal("resp_1", result.Id);
            RecordedRequest request = server.LastRequest;
            Assert.Equal("POST", request.Method);
            Assert.Equal("/api/v1/responses", request.RawPath);
            Assert.Equal("Bearer " + Key, request.Header("Authorization"));
            Assert.StartsWith("application/json", request.ContentType);
            Assert.Equal("""{"model":"zai-org-glm-5-1","input":"What is 2\u002B2?"}""", request.BodyText);
        }

        [Fact]
        public async Task Item_input_sends_every_item_type_with_exact_names_and_no_nulls()
        {
            await using LoopbackServer server = await LoopbackServer.StartJsonAsync(200, MinimalResponse);
            using VeniceClient client = ClientFor(server);

            var request = new ResponsesRequest
            {
                Model = "m",
                Input = new ResponseInputItem[]
                {
                    new ResponseInputMessage(ResponseMessageRole.System, "Be brief."),
                    new ResponseInputMessage
                    {
                        Role = ResponseMessageRole.User,
                        Content = new ResponseContentPart[]
                        {
                            new ResponseInputTextPart("What is in this image?"),
                            new ResponseInputImagePart { ImageUrl = new ResponseImageUrl { Url = "https://example.com/cat.png", Detail = ResponseImageDetail.High } },
                        },
                    },
                    new ResponseInputMessage
                    {
                        Role = ResponseMessageRole.Assistant,
                        Content = new ResponseContentPart[] { new ResponseOutputTextPart { Text = "A cat." } },
                        Id = "msg_1",
                        Status = ResponseItemStatus.Completed,
                    },
                    new ResponseFlexibleInputMessage
                    {
                        Role = ResponseMessageRole.Developer,
                        Content = new ResponseContentPart[]
                        {
                            new ResponseTextPart { Text = "And these?" },
                            new ResponseImageUrlPart { ImageUrl = "data:image/png;base64,AAAA" },
                            new ResponseImageUrlPart { ImageUrl = new ResponseFlexibleImageUrl { Url = "https://example.com/dog.png", Detail = ResponseImageDetail.Low } },
                        },
                    },
                    new ResponseReasoningInput { Id = "rs_1", Summary = ["Thinking about cats."], EncryptedContent = "enc", Status = ResponseItemStatus.Completed },
                    new ResponseFunctionCallInput { Id = "fc_1", CallId = "call_1", Name = "get_weather", Arguments = """{"city":"Paris"}""", Status = ResponseItemStatus.Completed },
                    ResponseFunctionCallOutputInput.FromText("call_1", "22C"),
                    ResponseFunctionCallOutputInput.FromJson("call_2", """{"temp":22,"unit":"C"}"""),
                    ResponseFunctionCallOutputInput.FromJson("call_3", "[1,true]"),
                    ResponseFunctionCallOutputInput.FromNumber("call_4", 22.5m),
                    ResponseFunctionCallOutputInput.FromBoolean("call_5", false),
                    ResponseFunctionCallOutputInput.FromNull("call_6"),
                    new ResponseItemReference("msg_0"),
                },
            };

            await client.Responses.CreateAsync(request);

            const string expected =
                """{"model":"m","input":[""" +
                """{"type":"message","role":"system","content":"Be brief."},""" +
                """{"type":"message","role":"user","content":[{"type":"input_text","text":"What is in this image?"},{"type":"input_image","image_url":{"url":"https://example.com/cat.png","detail":"high"}}]},""" +
                """{"type":"message","role":"assistant","content":[{"type":"output_text","text":"A cat."}],"id":"msg_1","status":"completed"},""" +
                """{"role":"developer","content":[{"type":"text","text":"And these?"},{"type":"image_url","image_url":"data:image/png;base64,AAAA"},{"type":"image_url","image_url":{"url":"https://example.com/dog.png","detail":"low"}}]},""" +
                """{"type":"reasoning","id":"rs_1","summary":["Thinking about cats."],"encrypted_content":"enc","status":"completed"},""" +
                """{"type":"function_call","id":"fc_1","call_id":"call_1","name":"get_weather","arguments":"{\u0022city\u0022:\u0022Paris\u0022}","status":"completed"},""" +
                """{"type":"function_call_output","call_id":"call_1","output":"22C"},""" +
                """{"type":"function_call_output","call_id":"call_2","output":{"temp":22,"unit":"C"}},""" +
                """{"type":"function_call_output","call_id":"call_3","output":[1,true]},""" +
                """{"type":"function_call_output","call_id":"call_4","output":22.5},""" +
                """{"type":"function_call_output","call_id":"call_5","output":false},""" +
                """{"type":"function_call_output","call_id":"call_6","output":null},""" +
                """{"type":"item_reference","id":"msg_0"}""" +
                """]}""";
            Assert.Equal(expected, server.LastRequest.BodyText);
        }

        [Fact]
        public async Task Every_option_and_tool_is_sent_with_the_spec_names()
        {
            await using LoopbackServer server = await LoopbackServer.StartJsonAsync(200, MinimalResponse);
            using VeniceClient client = ClientFor(server);
            using JsonDocument schema = JsonDocument.Parse("""{"type":"object","properties":{"city":{"type":"string"}}}""");
            var parameters = new Dictionary<string, JsonElement>();
            foreach (JsonProperty property in schema.RootElement.EnumerateObject())
            {
                parameters[property.Name] = property.Value.Clone();
            }

            using JsonDocument mcp = JsonDocument.Parse("""{"type":"mcp","server_label":"docs","require_approval":"never"}""");

            var request = new ResponsesRequest
            {
                Model = "m",
                Input = "hi",
                Include = ["reasoning.encrypted_content"],
                MaxOutputTokens = 256,
                Temperature = 0.7,
                TopP = 0.9,
                Fallbacks = [new ResponseFallbackModel { Model = "claude-opus-4-8" }],
                Reasoning = new ResponseReasoningOptions { Effort = ResponseReasoningEffort.High, Summary = ResponseReasoningSummary.Concise },
                Tools =
                [
                    new ResponseFunctionTool(new ResponseFunctionDefinition { Name = "get_weather", Description = "Weather now", Parameters = parameters, Strict = true }),
                    new ResponseWebSearchTool
                    {
                        SearchContextSize = ResponseSearchContextSize.Medium,
                        UserLocation = new ResponseUserLocation { Type = "approximate", City = "Paris", Region = "IDF", Country = "FR", Timezone = "Europe/Paris" },
                    },
                    new ResponseXSearchTool
                    {
                        AllowedXHandles = ["venice_ai"],
                        ExcludedXHandles = ["spam"],
                        FromDate = "2026-01-01",
                        ToDate = "2026-02-01",
                        EnableImageUnderstanding = true,
                        EnableVideoUnderstanding = false,
                    },
                    new ResponseCodeInterpreterTool { Container = new ResponseCodeInterpreterContainer { Image = "python" } },
                    new ResponseFileSearchTool
                    {
                        VectorStoreIds = ["vs_1"],
                        MaxNumResults = 5,
                        RankingOptions = new ResponseFileSearchRankingOptions { Ranker = "auto", ScoreThreshold = 0.5 },
                    },
                    new ResponseComputerUseTool { DisplayWidth = 1024, DisplayHeight = 768, Environment = "browser" },
                    new ResponseGenericTool("image_generation"),
                    new ResponseGenericTool(mcp.RootElement.Clone()),
                ],
                ToolChoice = ResponseToolChoice.Function("get_weather"),
                WebSearch = true,
                VeniceParameters = new ResponsesVeniceParameters
                {
                    CharacterSlug = "alan-watts",
                    EnableE2ee = false,
                    EnableWebSearch = ResponseWebSearchMode.Auto,
                    EnableWebScraping = true,
                    EnableWebCitations = true,
                    IncludeVeniceSystemPrompt = false,
                    IncludeSearchResultsInStream = true,
                },
            };

            await client.Responses.CreateAsync(request);

            const string expected =
                """{"model":"m","input":"hi","include":["reasoning.encrypted_content"],"max_output_tokens":256,"temperature":0.7,"top_p":0.9,"fallbacks":[{"model":"claude-opus-4-8"}],"reasoning":{"effort":"high","summary":"concise"},"tools":[""" +
                """{"type":"function","function":{"name":"get_weather","description":"Weather now","parameters":{"type":"object","properties":{"city":{"type":"string"}}},"strict":true}},""" +
                """{"type":"web_search","search_context_size":"medium","user_location":{"type":"approximate","city":"Paris","region":"IDF","country":"FR","timezone":"Europe/Paris"}},""" +
                """{"type":"x_search","allowed_x_handles":["venice_ai"],"excluded_x_handles":["spam"],"from_date":"2026-01-01","to_date":"2026-02-01","enable_image_understanding":true,"enable_video_understanding":false},""" +
                """{"type":"code_interpreter","container":{"image":"python"}},""" +
                """{"type":"file_search","vector_store_ids":["vs_1"],"max_num_results":5,"ranking_options":{"ranker":"auto","score_threshold":0.5}},""" +
                """{"type":"computer_use_preview","display_width":1024,"display_height":768,"environment":"browser"},""" +
                """{"type":"image_generation"},""" +
                """{"type":"mcp","server_label":"docs","require_approval":"never"}""" +
                """],"tool_choice":{"type":"function","function":{"name":"get_weather"}},"web_search":true,"venice_parameters":{"character_slug":"alan-watts","enable_e2ee":false,"enable_web_search":"auto","enable_web_scraping":true,"enable_web_citations":true,"include_venice_system_prompt":false,"include_search_results_in_stream":true}}""";
            Assert.Equal(expected, server.LastRequest.BodyText);
        }

        [Theory]
        [InlineData("auto")]
        [InlineData("none")]
        [InlineData("required")]
        public async Task String_tool_choices_are_sent_as_strings(string mode)
        {
            await using LoopbackServer server = await LoopbackServer.StartJsonAsync(200, MinimalResponse);
            using VeniceClient client = ClientFor(server);
            ResponseToolChoice choice = mode switch { "auto" => ResponseToolChoice.Auto, "none" => ResponseToolChoice.None, _ => ResponseToolChoice.Required };

            await client.Responses.CreateAsync(new ResponsesRequest { Model = "m", Input = "x", ToolChoice = choice });

            Assert.Equal($$"""{"model":"m","input":"x","tool_choice":"{{mode}}"}""", server.LastRequest.BodyText);
        }

        [Fact]
        public async Task Create_sends_stream_false_only_when_set_and_refuses_true()
        {
            await using LoopbackServer server = await LoopbackServer.StartJsonAsync(200, MinimalResponse);
            using VeniceClient client = ClientFor(server);

            await client.Responses.CreateAsync(new ResponsesRequest { Model = "m", Input = "x", Stream = false });
            Assert.Equal("""{"model":"m","input":"x","stream":false}""", server.LastRequest.BodyText);

            ArgumentException error = await Assert.ThrowsAsync<ArgumentException>(
                () => client.Responses.CreateAsync(new ResponsesRequest { Model = "m", Input = "x", Stream = true }));
            Assert.Contains("StreamAsync", error.Message, StringComparison.Ordinal);
            Assert.Single(server.Requests);
        }

        [Fact]
        public void Request_round_trips_through_the_union_converters()
        {
            const string json =
                """{"model":"m","input":[{"type":"message","role":"user","content":[{"type":"input_text","text":"a"},{"type":"input_file","file_id":"f1"}]},""" +
                """{"role":"user","content":"b"},{"type":"function_call_output","call_id":"c","output":{"k":[1]}},{"type":"custom_item","x":1},{"type":"item_reference","id":"i"}],"tools":[{"type":"web_search"},{"type":"mcp","server_label":"s"}],"tool_choice":{"type":"allowed_tools","mode":"auto"}}""";

            ResponsesRequest request = JsonSerializer.Deserialize(json, ResponsesJsonContext.Default.ResponsesRequest)!;

            IReadOnlyList<ResponseInputItem> items = request.Input.Items!;
            ResponseInputMessage message = Assert.IsType<ResponseInputMessage>(items[0]);
            Assert.IsType<ResponseInputTextPart>(message.Content.Parts![0]);
            Assert.Equal("input_file", Assert.IsType<ResponseUnknownContentPart>(message.Content.Parts[1]).Type);
            Assert.Equal("b", Assert.IsType<ResponseFlexibleInputMessage>(items[1]).Content.Text);
            Assert.Equal(JsonValueKind.Object, Assert.IsType<ResponseFunctionCallOutputInput>(items[2]).Output.ValueKind);
            Assert.IsType<ResponseUnknownInputItem>(items[3]);
            Assert.Equal("i", Assert.IsType<ResponseItemReference>(items[4]).Id);
            Assert.IsType<ResponseWebSearchTool>(request.Tools![0]);
            Assert.Equal("mcp", Assert.IsType<ResponseGenericTool>(request.Tools[1]).Type);
            Assert.Null(request.ToolChoice!.Mode);
            Assert.Equal(json, JsonSerializer.Serialize(request, ResponsesJsonContext.Default.ResponsesRequest));
        }
    }
}
