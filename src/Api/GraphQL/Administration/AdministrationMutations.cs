using GraphQL.Types;
using Platform.Api.GraphQL.Common.Mutations;
using Platform.Api.GraphQL.Common.Relay;
using Platform.Api.GraphQL.Units;
using Platform.Data.Entities;
using Platform.Identity.Administration;

namespace Platform.Api.GraphQL.Administration;

/// <summary>
/// The administration API (DESIGN §10): role admin, inside the admin's own subtree only (anything
/// outside is NOT_FOUND), every act in the audit history. The rules are in src/Identity/Administration.
/// </summary>
public static class AdministrationMutations
{
    public static void AddAdministrationMutations(this ObjectGraphType mutation)
    {
        mutation.Mutation<CreateUnitInput, Unit, UnitType>("createUnit", new CreateUnitInputType(), "unit",
            "Creates a unit under a unit of the admin's subtree; DEPARTMENT is a functional department under a district or township.",
            (i, m) => Units(m, (r, a) => r.CreateAsync(a, new CreateUnitCommand(UnitKey(i.ParentId), i.Code, i.Name, i.Kind), m.CancellationToken)));
        mutation.Mutation<RenameUnitInput, Unit, UnitType>("renameUnit", new RenameUnitInputType(), "unit",
            "Renames a unit of the admin's subtree.",
            (i, m) => Units(m, (r, a) => r.RenameAsync(a, UnitKey(i.UnitId) ?? 0, i.Name, m.CancellationToken)));
        mutation.Mutation<UnitReferenceInput, Unit, UnitType>("deactivateUnit", new UnitReferenceInputType("DeactivateUnitInput"), "unit",
            "Deactivates a unit below the admin's own: no new cases or shares to it; its records stay. Its sub-units first.",
            (i, m) => Units(m, (r, a) => r.DeactivateAsync(a, UnitKey(i.UnitId) ?? 0, m.CancellationToken)));

        mutation.ResultMutation<CreateUserInput, AccountWithCode>("createUser", new CreateUserInputType(),
            "Creates an account with a one-time activation code (shown once) with which its owner sets the password at /account/activate.",
            WithCode,
            (i, m) => AdminCalls.RunAsync<UserAdministration, AccountWithCode>(m, (r, a) =>
                r.CreateAsync(a, new CreateUserCommand(UnitKey(i.UnitId) ?? 0, i.UserName, i.DisplayName, i.Roles), m.CancellationToken)));
        mutation.ResultMutation<UserReferenceInput, AccountSummary>("updateUserRoles", new UserReferenceInputType("UpdateUserRolesInput", withRoles: true),
            "Replaces an account's roles; tokens issued from now on (and at the next refresh) carry them.", Account,
            (i, m) => AdminCalls.RunAsync<UserAdministration, AccountSummary>(m, (r, a) => r.UpdateRolesAsync(a, i.UserName, i.Roles, m.CancellationToken)));
        mutation.ResultMutation<UserReferenceInput, AccountSummary>("lockUser", new UserReferenceInputType("LockUserInput"),
            "Locks an account until unlocked; its tokens are revoked.", Account,
            (i, m) => AdminCalls.RunAsync<UserAdministration, AccountSummary>(m, (r, a) => r.LockAsync(a, i.UserName, m.CancellationToken)));
        mutation.ResultMutation<UserReferenceInput, AccountSummary>("unlockUser", new UserReferenceInputType("UnlockUserInput"),
            "Unlocks an account, also after the lockout that follows failed sign-ins.", Account,
            (i, m) => AdminCalls.RunAsync<UserAdministration, AccountSummary>(m, (r, a) => r.UnlockAsync(a, i.UserName, m.CancellationToken)));
        mutation.ResultMutation<UserReferenceInput, AccountWithCode>("resetUserPassword", new UserReferenceInputType("ResetUserPasswordInput"),
            "Removes the password and issues a new one-time activation code (shown once); sessions and tokens end.", WithCode,
            (i, m) => AdminCalls.RunAsync<UserAdministration, AccountWithCode>(m, (r, a) => r.ResetPasswordAsync(a, i.UserName, m.CancellationToken)));
        mutation.ResultMutation<UserReferenceInput, AccountSummary>("deactivateUser", new UserReferenceInputType("DeactivateUserInput"),
            "Deactivates an account for good: it cannot sign in and its tokens fail at the API from now on.", Account,
            (i, m) => AdminCalls.RunAsync<UserAdministration, AccountSummary>(m, (r, a) => r.DeactivateAsync(a, i.UserName, m.CancellationToken)));

        mutation.ResultMutation<RegisterClientInput, ClientWithSecret>("registerClient", new RegisterClientInputType(),
            "Registers a public client (redirect URIs, origins) or a confidential one bound to a unit with its scopes and a generated secret, shown once.",
            WithSecret,
            (i, m) => AdminCalls.RunAsync<ClientAdministration, ClientWithSecret>(m, (r, a) => r.RegisterAsync(a, new RegisterClientCommand(
                i.ClientId, i.DisplayName, i.Confidential, i.UnitId is null ? null : UnitKey(i.UnitId) ?? 0,
                i.RedirectUris, i.PostLogoutRedirectUris, i.AllowedOrigins, i.Scopes), m.CancellationToken)));
        mutation.ResultMutation<ClientReferenceInput, ClientWithSecret>("rotateClientSecret", new ClientReferenceInputType("RotateClientSecretInput"),
            "Gives a confidential client a new secret (shown once); the old one stops working.", WithSecret,
            (i, m) => AdminCalls.RunAsync<ClientAdministration, ClientWithSecret>(m, (r, a) => r.RotateSecretAsync(a, i.ClientId, m.CancellationToken)));
        mutation.ResultMutation<ClientReferenceInput, ClientSummary>("disableClient", new ClientReferenceInputType("DisableClientInput"),
            "Disables a client: it can get no tokens, and those it has fail at the API from now on.",
            p => p.Field<ClientType>("client").Resolve(c => c.Source.Result),
            (i, m) => AdminCalls.RunAsync<ClientAdministration, ClientSummary>(m, (r, a) => r.DisableAsync(a, i.ClientId, m.CancellationToken)));
    }

    private static async Task<int> Units(MutationContext m, Func<UnitAdministration, AdminActor, Task<Unit>> act) =>
        (await AdminCalls.RunAsync<UnitAdministration, Unit>(m, act)).Id;

    private static int? UnitKey(string? id) => GlobalId.DecodeKey(id, UnitType.TypeName);

    private static void Account(ObjectGraphType<ResultPayload<AccountSummary>> payload) =>
        payload.Field<UserAccountType>("user").Resolve(c => c.Source.Result);

    private static void WithCode(ObjectGraphType<ResultPayload<AccountWithCode>> payload)
    {
        payload.Field<UserAccountType>("user").Resolve(c => c.Source.Result?.Account);
        payload.Field<StringGraphType>("activationCode")
            .Description("The one-time activation code; shown only here, hand it to the account's owner.")
            .Resolve(c => c.Source.Result?.ActivationCode);
    }

    private static void WithSecret(ObjectGraphType<ResultPayload<ClientWithSecret>> payload)
    {
        payload.Field<ClientType>("client").Resolve(c => c.Source.Result?.Client);
        payload.Field<StringGraphType>("clientSecret")
            .Description("A confidential client's secret; shown only here and stored only hashed.")
            .Resolve(c => c.Source.Result?.ClientSecret);
    }
}
