using System;
using System.Collections.Generic;
using System.IO;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using VeniceAot.Chat;
using VeniceAot.Json;
using Xunit.Abstractions;

namespace VeniceAot.Tests.Chat
{
    /// <summary>
    /// The spec's own chat examples (read from <c>../shared/venice/examples</c> at run time, never copied) go through
    /// the models and back to semantically equal JSON. Null members are dropped before comparing, because the client
    /// never writes nulls (for Venice an absent optional field and a null one mean the same).
    /// </summary>
    public sealed class ChatSpecExampleTests(ITestOutputHelper output)
    {
        /// <summary>
        /// Examples of the spec that are themselves broken, with the reason; they are skipped with that reason. None of
        /// the chat examples is: the response example's <c>stop_reason: null</c> fails strict OpenAPI 3.0 validation
        /// (null is not in the enum) but is a valid value of the nullable open enum here.
        /// </summary>
        private static readonly Dictionary<string, string> KnownBroken = [];

        public static TheoryData<string> Examples() =>
        [
            "createChatCompletion.response.200.1.json",
            "fragments/chat_completions.post.200.choices.json",
            "fragments/chat_completions.post.200.choices.logprobs.bytes.json",
            "fragments/chat_completions.post.200.venice_parameters.web_search_citations.json",
            "fragments/ChatCompletionRequest.fallbacks.json",
            "fragments/ChatCompletionRequest.messages.UserMessage.Objects.file.json",
            "fragments/ChatCompletionRequest.messages.UserMessage.Objects.input_audio.json",
            "fragments/ChatCompletionRequest.messages.UserMessage.Objects.text.cache_control.json",
            "fragments/ChatCompletionRequest.messages.UserMessage.Objects.text.json",
            "fragments/ChatCompletionRequest.messages.UserMessage.Objects.video_url.json",
            "fragments/ChatCompletionRequest.response_format.json_schema.json",
            "fragments/ChatCompletionRequest.stop_token_ids.json",
        ];

        [Theory]
        [MemberData(nameof(Examples))]
        public void Spec_example_round_trips_through_the_models(string file)
        {
            string? spec = ChatTestSupport.FindSpecFolder();
            if (spec is null)
            {
                output.WriteLine($"Skipped: no shared/venice folder beside an ancestor of {AppContext.BaseDirectory}; {file} was not checked.");
                return;
            }

            if (KnownBroken.TryGetValue(file, out string? reason))
            {
                output.WriteLine($"Skipped: {file} is broken in the spec: {reason}");
                return;
            }

            string json = File.ReadAllText(Path.Combine(spec, "examples", file));
            string written = RoundTrip(file, json);

            JsonNode? expected = ChatTestSupport.WithoutNullMembers(JsonNode.Parse(json));
            JsonNode? actual = JsonNode.Parse(written);
            Assert.True(JsonNode.DeepEquals(expected, actual), $"{file} changed.\nExpected: {expected?.ToJsonString()}\nActual:   {actual?.ToJsonString()}");
        }

        /// <summary>Reads the example into the type it exemplifies, checks the branch chosen, and writes it back.</summary>
        private static string RoundTrip(string file, string json)
        {
            ChatJsonContext context = ChatJsonContext.Default;
            string name = Path.GetFileName(file);
            switch (name)
            {
                case "createChatCompletion.response.200.1.json":
                    {
                        ChatCompletion value = Read(json, context.ChatCompletion);
                        Assert.Equal(ChatFinishReason.Stop, value.Choices[0].FinishReason);
                        Assert.Null(value.Choices[0].StopReason);
                        Assert.IsType<ChatAssistantMessage>(value.Choices[0].Message);
                        Assert.Equal(ChatWebSearchMode.Auto, value.VeniceParameters!.EnableWebSearch);
                        Assert.Equal(0.00042m, value.Cost!.Usd);
                        return Write(value, context.ChatCompletion);
                    }

                case "chat_completions.post.200.choices.json":
                    return Write(Read(json, context.ListChatChoice), context.ListChatChoice);
                case "chat_completions.post.200.choices.logprobs.bytes.json":
                    return Write(Read(json, context.ListInt32), context.ListInt32);
                case "chat_completions.post.200.venice_parameters.web_search_citations.json":
                    return Write(Read(json, context.ListChatWebSearchCitation), context.ListChatWebSearchCitation);
                case "ChatCompletionRequest.fallbacks.json":
                    return Write(Read(json, context.IReadOnlyListChatFallback), context.IReadOnlyListChatFallback);
                case "ChatCompletionRequest.stop_token_ids.json":
                    return Write(Read(json, context.IReadOnlyListInt32), context.IReadOnlyListInt32);
                case "ChatCompletionRequest.messages.UserMessage.Objects.text.cache_control.json":
                    {
                        ChatCacheControl value = Read(json, context.ChatCacheControl);
                        Assert.Equal(ChatCacheControlType.Ephemeral, value.Type);
                        return Write(value, context.ChatCacheControl);
                    }

                case "ChatCompletionRequest.response_format.json_schema.json":
                    {
                        ChatResponseFormat value = Read(json, context.ChatResponseFormat);
                        Assert.IsType<ChatJsonSchemaResponseFormat>(value);
                        return Write(value, context.ChatResponseFormat);
                    }

                default:
                    {
                        ChatContentPart part = Read(json, context.ChatContentPart);
                        Type expected = name switch
                        {
                            "ChatCompletionRequest.messages.UserMessage.Objects.text.json" => typeof(ChatTextContentPart),
                            "ChatCompletionRequest.messages.UserMessage.Objects.file.json" => typeof(ChatFileContentPart),
                            "ChatCompletionRequest.messages.UserMessage.Objects.input_audio.json" => typeof(ChatInputAudioContentPart),
                            "ChatCompletionRequest.messages.UserMessage.Objects.video_url.json" => typeof(ChatVideoUrlContentPart),
                            _ => throw new InvalidOperationException($"No model is mapped to {file}."),
                        };
                        Assert.IsType(expected, part);
                        return Write(part, context.ChatContentPart);
                    }
            }
        }

        private static T Read<T>(string json, JsonTypeInfo<T> typeInfo) => JsonSerializer.Deserialize(json, typeInfo)!;

        private static string Write<T>(T value, JsonTypeInfo<T> typeInfo) => JsonSerializer.Serialize(value, typeInfo);
    }
}
