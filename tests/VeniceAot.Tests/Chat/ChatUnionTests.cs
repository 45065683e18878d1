using System;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using VeniceAot.Chat;
using VeniceAot.Json;
using VeniceAot.Testing;

namespace VeniceAot.Tests.Chat
{
    /// <summary>The hand-written union converters: known branches, unknown branches kept verbatim, and the model suffix builder.</summary>
    public sealed class ChatUnionTests
    {
        private const string RequestWithUnknowns = """
            {
              "model": "m",
              "messages": [
                {"role":"critic","content":{"verdict":"ok","scores":[1,2.5,null]},"weight":0.25},
                {"role":"user","content":[
                  {"type":"text","text":"Compare:"},
                  {"type":"input_pdf","pdf":{"pages":[1,2]},"cache_control":{"type":"ephemeral"}},
                  null
                ]}
              ],
              "response_format": {"type":"grammar","grammar":"root ::= \"yes\" | \"no\"","strict":true},
              "tool_choice": {"type":"allowed_tools","mode":"auto","tools":[{"type":"function","function":{"name":"lookup"}}]},
              "tools": [
                {"type":"code_interpreter","container":{"type":"auto","files":[]}},
                {"function":{"name":"lookup","parameters":{"type":"object"}}},
                {"type":"web_search"}
              ]
            }
            """;

        [Fact]
        public void Unknown_message_part_tool_and_format_types_are_kept_and_written_back_verbatim()
        {
            ChatCompletionRequest request = JsonSerializer.Deserialize(RequestWithUnknowns, ChatJsonContext.Default.ChatCompletionRequest)!;

            ChatUnknownMessage critic = Assert.IsType<ChatUnknownMessage>(request.Messages[0]);
            Assert.Equal("critic", critic.Role.Value);
            Assert.Equal(0.25, critic.Raw.GetProperty("weight").GetDouble());
            ChatContent content = Assert.IsType<ChatUserMessage>(request.Messages[1]).Content;
            Assert.False(content.IsText);
            Assert.IsType<ChatTextContentPart>(content.Parts![0]);
            ChatUnknownContentPart pdf = Assert.IsType<ChatUnknownContentPart>(content.Parts[1]);
            Assert.Equal("input_pdf", pdf.Type);
            Assert.Equal(JsonValueKind.Null, Assert.IsType<ChatUnknownContentPart>(content.Parts[2]).Raw.ValueKind);
            ChatUnknownResponseFormat format = Assert.IsType<ChatUnknownResponseFormat>(request.ResponseFormat);
            Assert.Equal("grammar", format.Type);
            Assert.Equal(("allowed_tools", null), (request.ToolChoice!.Type, request.ToolChoice.FunctionName));
            Assert.Null(request.ToolChoice.Mode);
            Assert.Equal("code_interpreter", Assert.IsType<ChatUnknownTool>(request.Tools![0]).Type);
            Assert.Equal("lookup", Assert.IsType<ChatFunctionTool>(request.Tools[1]).Function.Name);
            Assert.IsType<ChatWebSearchTool>(request.Tools[2]);

            string written = JsonSerializer.Serialize(request, ChatJsonContext.Default.ChatCompletionRequest);

            // Everything comes back as read (the unknown tool_choice object too), except that the function tool without "type" now says "function".
            JsonNode expected = JsonNode.Parse(RequestWithUnknowns)!;
            expected["tools"]![1]!["type"] = "function";
            Assert.True(JsonNode.DeepEquals(expected, JsonNode.Parse(written)), written);
        }

        [Fact]
        public async Task Unknown_branches_reach_the_server_verbatim()
        {
            await using LoopbackServer server = await LoopbackServer.StartJsonAsync(200, """{"id":"c","object":"chat.completion","created":1,"model":"m","choices":[]}""");
            using VeniceClient client = ChatTestSupport.ClientFor(server);
            using JsonDocument part = JsonDocument.Parse("""{"type":"input_3d","mesh":{"vertices":[[0,0,0],[1,0,0]]}}""");
            using JsonDocument tool = JsonDocument.Parse("""{"type":"mcp","server_url":"https://mcp.test","allowed_tools":["a"]}""");
            using JsonDocument message = JsonDocument.Parse("""{"role":"observer","content":"note","meta":{"k":[true,false]}}""");

            await client.Chat.CreateAsync(new ChatCompletionRequest
            {
                Model = "m",
                Messages = [new ChatUnknownMessage(message.RootElement), ChatMessage.User(new ChatContentPart[] { new ChatUnknownContentPart(part.RootElement) })],
                Tools = [new ChatUnknownTool(tool.RootElement)],
            });

            ChatTestSupport.AssertJsonEqual(
                """
                {"model":"m",
                 "messages":[{"role":"observer","content":"note","meta":{"k":[true,false]}},
                             {"role":"user","content":[{"type":"input_3d","mesh":{"vertices":[[0,0,0],[1,0,0]]}}]}],
                 "tools":[{"type":"mcp","server_url":"https://mcp.test","allowed_tools":["a"]}]}
                """,
                server.LastRequest.BodyText);
        }

        [Fact]
        public void Response_message_with_unknown_role_and_unknown_part_round_trips()
        {
            const string json = """
                {"id":"c","object":"chat.completion","created":1,"model":"m","choices":[
                  {"index":0,"finish_reason":"stop","message":{"role":"assistant","content":[{"type":"text","text":"a"},{"type":"refusal","refusal":"no"}]}},
                  {"index":1,"finish_reason":"stop","message":{"role":"narrator","content":"b"}},
                  {"index":2,"finish_reason":"stop","message":{"role":"tool","tool_call_id":"t","content":"c"}}
                ]}
                """;

            ChatCompletion completion = JsonSerializer.Deserialize(json, ChatJsonContext.Default.ChatCompletion)!;

            ChatAssistantMessage assistant = Assert.IsType<ChatAssistantMessage>(completion.Choices[0].Message);
            Assert.Equal("refusal", Assert.IsType<ChatUnknownContentPart>(assistant.Content!.Parts![1]).Type);
            Assert.Equal("a", assistant.Content.GetText());
            Assert.IsType<ChatUnknownMessage>(completion.Choices[1].Message);
            Assert.Equal("t", Assert.IsType<ChatToolMessage>(completion.Choices[2].Message).ToolCallId);
            ChatTestSupport.AssertJsonEqual(json, JsonSerializer.Serialize(completion, ChatJsonContext.Default.ChatCompletion));
        }

        [Fact]
        public void Stop_and_tool_choice_read_both_shapes()
        {
            ChatCompletionRequest single = JsonSerializer.Deserialize("""{"model":"m","messages":[],"stop":"x","tool_choice":"required"}""", ChatJsonContext.Default.ChatCompletionRequest)!;
            ChatCompletionRequest many = JsonSerializer.Deserialize("""{"model":"m","messages":[],"stop":["x","y"],"tool_choice":{"type":"function","function":{"name":"f"}}}""", ChatJsonContext.Default.ChatCompletionRequest)!;

            Assert.False(single.Stop!.IsArray);
            Assert.Equal(["x"], single.Stop.Sequences);
            Assert.Equal("required", single.ToolChoice!.Mode);
            Assert.True(many.Stop!.IsArray);
            Assert.Equal(["x", "y"], many.Stop.Sequences);
            Assert.Null(many.ToolChoice!.Mode);
            Assert.Equal(("function", "f"), (many.ToolChoice.Type, many.ToolChoice.FunctionName));
            Assert.Throws<JsonException>(() => JsonSerializer.Deserialize("""{"model":"m","messages":[],"stop":5}""", ChatJsonContext.Default.ChatCompletionRequest));
        }

        [Fact]
        public void Model_feature_suffix_encodes_set_values_in_order()
        {
            Assert.Equal(
                "zai-org-glm-5-1:enable_web_search=on&include_venice_system_prompt=false",
                ModelFeatureSuffix.Build("zai-org-glm-5-1", new ChatVeniceParameters { IncludeVeniceSystemPrompt = false, EnableWebSearch = ChatWebSearchMode.On }));
            Assert.Equal(
                "default:character_slug=alan-watts&strip_thinking_response=true&enable_web_citations=true&enable_x_search=false",
                ModelFeatureSuffix.Build("default", new ChatVeniceParameters { CharacterSlug = "alan-watts", StripThinkingResponse = true, EnableWebCitations = true, EnableXSearch = false }));
            Assert.Equal("qwen3-4b:disable_thinking=true&enable_web_search=auto", ModelFeatureSuffix.Build("qwen3-4b:disable_thinking=true", new ChatVeniceParameters { EnableWebSearch = ChatWebSearchMode.Auto }));
            Assert.Equal("m", ModelFeatureSuffix.Build("m", new ChatVeniceParameters()));
            Assert.Throws<ArgumentException>(() => ModelFeatureSuffix.Build("m", new ChatVeniceParameters { CharacterSlug = "a&enable_e2ee=false" }));
            Assert.Throws<ArgumentException>(() => ModelFeatureSuffix.Build(" ", new ChatVeniceParameters()));
        }

        [Fact]
        public void Web_search_mode_is_a_string_on_the_wire()
        {
            string json = JsonSerializer.Serialize(new ChatVeniceParameters { EnableWebSearch = ChatWebSearchMode.Off }, ChatJsonContext.Default.ChatVeniceParameters);

            Assert.Equal("""{"enable_web_search":"off"}""", json);
        }
    }
}
