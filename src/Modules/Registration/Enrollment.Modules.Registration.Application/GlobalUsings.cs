// System.ApplicationId and the Enrollment.Modules.Registration.Application namespace both shadow the
// domain's names; these aliases say which one this module means.
global using ApplicationId = Enrollment.Modules.Registration.Domain.Applications.ApplicationId;
global using DomainApplication = Enrollment.Modules.Registration.Domain.Applications.Application;
