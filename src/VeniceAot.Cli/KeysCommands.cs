using System;
using System.CommandLine;
using System.Threading;
using System.Threading.Tasks;
using VeniceAot.ApiKeys;
using VeniceAot.Json;

namespace VeniceAot.Cli
{
    /// <summary>The <c>venice keys …</c> group: list, inspect, create, update and delete API keys; rate limits.</summary>
    public static class KeysCommands
    {
        /// <summary>Builds the <c>keys</c> command and its subcommands.</summary>
        /// <param name="context">The shared CLI context.</param>
        /// <returns>The command.</returns>
        public static Command Create(CliContext context)
        {
            ArgumentNullException.ThrowIfNull(context);
            var keys = context.NewCommand("keys", "Manage API keys and see rate limits (needs an ADMIN key).", "venice keys list");
            keys.Add(List(context));
            keys.Add(Get(context));
            keys.Add(CreateKey(context));
            keys.Add(Update(context));
            keys.Add(Delete(context));
            keys.Add(RateLimits(context));
            keys.Add(RateLimitLog(context));
            return keys;
        }

        private static Argument<string> IdArgument() => new("id") { Description = "The key's id (see 'venice keys list')." };

        private static Command List(CliContext context)
        {
            var command = context.NewCommand("list", "List the active API keys.", "venice keys list --json");
            context.SetApiAction(command, async (parse, client, ct) =>
            {
                ApiKeyList list = await client.ApiKeys.ListAsync(ct).ConfigureAwait(false);
                if (context.IsJson(parse))
                {
                    context.WriteJson(list, ApiKeysJsonContext.Default.ApiKeyList);
                }
                else
                {
                    KeysOutput.WriteList(context.Output, list);
                }

                return ExitCodes.Success;
            });
            return command;
        }

        private static Command Get(CliContext context)
        {
            var command = context.NewCommand("get", "Show one API key with its limits and usage.", "venice keys get e28e82dc-9df2-4b47-b726-d0a222ef2ab5");
            Argument<string> id = IdArgument();
            command.Add(id);
            context.SetApiAction(command, async (parse, client, ct) =>
            {
                ApiKeyResponse response = await client.ApiKeys.GetAsync(parse.GetRequiredValue(id), ct).ConfigureAwait(false);
                WriteKey(context, parse, response);
                return ExitCodes.Success;
            });
            return command;
        }

        private static Command CreateKey(CliContext context)
        {
            var command = context.NewCommand("create", "Create an API key. Its secret is printed once: store it.", "venice keys create --type INFERENCE --description \"ci runner\" --usd 25 --limit-period MONTH --expires 2026-12-31");
            var settings = new KeySettingsOptions(forCreate: true);
            settings.AddTo(command, includeType: true);
            context.SetApiAction(command, async (parse, client, ct) =>
            {
                var request = new CreateApiKeyRequest
                {
                    ApiKeyType = ApiKeyType.FromValue(parse.GetRequiredValue(settings.Type)),
                    Description = parse.GetRequiredValue(settings.Description),
                    ConsumptionLimit = settings.ReadLimits(parse),
                    LimitPeriod = settings.ReadLimitPeriod(parse),
                    ModelPrivacy = settings.ReadModelPrivacy(parse),
                    ExpiresAt = settings.ReadExpiry(parse),
                };
                CreateApiKeyResponse response = await client.ApiKeys.CreateAsync(request, ct).ConfigureAwait(false);
                if (context.IsJson(parse))
                {
                    context.WriteJson(response, ApiKeysJsonContext.Default.CreateApiKeyResponse);
                }
                else
                {
                    KeysOutput.WriteCreated(context.Output, response.Data);
                }

                return ExitCodes.Success;
            });
            return command;
        }

        private static Command Update(CliContext context)
        {
            var command = context.NewCommand("update", "Change a key's description, limits, limit period, privacy or expiry. Only the options given are sent.", "venice keys update e28e82dc-9df2-4b47-b726-d0a222ef2ab5 --usd 50 --expires never");
            Argument<string> id = IdArgument();
            command.Add(id);
            var settings = new KeySettingsOptions(forCreate: false);
            settings.AddTo(command, includeType: false);
            context.SetApiAction(command, async (parse, client, ct) =>
            {
                var request = new UpdateApiKeyRequest
                {
                    Id = parse.GetRequiredValue(id),
                    Description = parse.GetValue(settings.Description),
                    ConsumptionLimit = settings.ReadLimits(parse),
                    LimitPeriod = settings.ReadLimitPeriod(parse),
                    ModelPrivacy = settings.ReadModelPrivacy(parse),
                    ExpiresAt = settings.ReadExpiry(parse),
                };
                if (request is { Description: null, ConsumptionLimit: null, LimitPeriod: null, ModelPrivacy: null, ExpiresAt: null })
                {
                    throw new UsageException("nothing to update: pass at least one of --description, --usd, --diem, --expires, --limit-period, --privacy.");
                }

                ApiKeyResponse response = await client.ApiKeys.UpdateAsync(request, ct).ConfigureAwait(false);
                WriteKey(context, parse, response);
                return ExitCodes.Success;
            });
            return command;
        }

        private static Command Delete(CliContext context)
        {
            var command = context.NewCommand("delete", "Delete an API key. Calls made with it fail from then on.", "venice keys delete e28e82dc-9df2-4b47-b726-d0a222ef2ab5");
            Argument<string> id = IdArgument();
            command.Add(id);
            context.SetApiAction(command, async (parse, client, ct) =>
            {
                string keyId = parse.GetRequiredValue(id);
                DeleteApiKeyResponse response = await client.ApiKeys.DeleteAsync(keyId, ct).ConfigureAwait(false);
                if (context.IsJson(parse))
                {
                    context.WriteJson(response, ApiKeysJsonContext.Default.DeleteApiKeyResponse);
                }
                else if (response.Success)
                {
                    context.Output.WriteLine($"Deleted key {keyId}.");
                }

                if (!response.Success)
                {
                    context.Error.WriteLine($"error: Venice answered success=false: key {keyId} was not deleted.");
                    return ExitCodes.ApiError;
                }

                return ExitCodes.Success;
            });
            return command;
        }

        private static Command RateLimits(CliContext context)
        {
            var command = context.NewCommand("rate-limits", "Show the calling key's tier, balances and per-model rate limits.", "venice keys rate-limits");
            context.SetApiAction(command, async (parse, client, ct) =>
            {
                RateLimitsResponse response = await client.ApiKeys.GetRateLimitsAsync(ct).ConfigureAwait(false);
                if (context.IsJson(parse))
                {
                    context.WriteJson(response, ApiKeysJsonContext.Default.RateLimitsResponse);
                }
                else
                {
                    KeysOutput.WriteRateLimits(context.Output, response.Data);
                }

                return ExitCodes.Success;
            });
            return command;
        }

        private static Command RateLimitLog(CliContext context)
        {
            var command = context.NewCommand("rate-limit-log", "Show recent times a key hit a rate limit.", "venice keys rate-limit-log --json");
            context.SetApiAction(command, async (parse, client, ct) =>
            {
                RateLimitLogResponse response = await client.ApiKeys.GetRateLimitLogAsync(ct).ConfigureAwait(false);
                if (context.IsJson(parse))
                {
                    context.WriteJson(response, ApiKeysJsonContext.Default.RateLimitLogResponse);
                }
                else
                {
                    KeysOutput.WriteRateLimitLog(context.Output, response);
                }

                return ExitCodes.Success;
            });
            return command;
        }

        private static void WriteKey(CliContext context, ParseResult parse, ApiKeyResponse response)
        {
            if (context.IsJson(parse))
            {
                context.WriteJson(response, ApiKeysJsonContext.Default.ApiKeyResponse);
            }
            else
            {
                KeysOutput.WriteKey(context.Output, response.Data);
            }
        }
    }
}
