// The domain errors and the input validator belong to the workflow; these aliases keep every Api
// feature (and the GraphQL mutations built on MutationContext) using them without extra imports.
global using ConcurrencyConflictException = Platform.Workflow.Common.ConcurrencyConflictException;
global using DomainError = Platform.Workflow.Common.DomainError;
global using PayloadError = Platform.Workflow.Common.DomainError;
global using MutationCodes = Platform.Workflow.Common.ErrorCodes;
global using EventData = Platform.Data.Events.EventJson;
global using DomainException = Platform.Workflow.Common.DomainException;
global using InputValidator = Platform.Workflow.Common.InputValidator;
global using InvalidInputException = Platform.Workflow.Common.InvalidInputException;
global using InvalidTransitionException = Platform.Workflow.Common.InvalidTransitionException;
global using NotAuthorizedException = Platform.Workflow.Common.NotAuthorizedException;
global using NotFoundException = Platform.Workflow.Common.NotFoundException;
