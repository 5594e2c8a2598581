/**
 * GENERATED FILE — do not edit. The server's OpenAPI document as TypeScript types.
 * Regenerate with `npm run api:generate`; `npm run api:check` fails when this file is stale.
 */

export interface paths {
    "/api/v1/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign in; sets the session cookie */
        post: operations["logIn"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign out of this session */
        post: operations["logOut"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/session": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The signed-in user, or null when there is no valid session */
        get: operations["getSession"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The signed-in user, the pages they may open, and which fields of customers, contacts and leads they see masked, read-only or hidden */
        get: operations["getCurrentUser"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Change your password (signs out your other sessions and revokes your API tokens) */
        post: operations["changePassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/tokens": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your API tokens */
        get: operations["listApiTokens"];
        put?: never;
        /** Create an API token for an integration (shown once) */
        post: operations["createApiToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/tokens/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Revoke an API token */
        delete: operations["revokeApiToken"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List users */
        get: operations["listUsers"];
        put?: never;
        /** Create a user */
        post: operations["createUser"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a user */
        get: operations["getUser"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Update a user (send the version you read) */
        patch: operations["updateUser"];
        trace?: never;
    };
    "/api/v1/users/{id}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A user's change history */
        get: operations["listUserHistory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/departments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List departments (a flat list; parentId makes the tree) */
        get: operations["listDepartments"];
        put?: never;
        /** Create a department */
        post: operations["createDepartment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/departments/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Delete an empty department */
        delete: operations["deleteDepartment"];
        options?: never;
        head?: never;
        /** Rename or move a department */
        patch: operations["updateDepartment"];
        trace?: never;
    };
    "/api/v1/departments/{id}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A department's change history */
        get: operations["listDepartmentHistory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/roles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Roles and their data scopes */
        get: operations["listRoles"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/roles/{key}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Change a role's data scope */
        put: operations["updateRoleScope"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/roles/{id}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A role's history: changes of its data scope (:id is the role's key) */
        get: operations["listRoleHistory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/customers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the customers you may see (your data scope plus those shared with you) */
        get: operations["listCustomers"];
        put?: never;
        /** Create a customer (duplicates come back as hints, never a block) */
        post: operations["createCustomer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/customers/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A customer (records a view for the use-of-data metrics) */
        get: operations["getCustomer"];
        put?: never;
        post?: never;
        /** Delete a customer (kept in history) */
        delete: operations["deleteCustomer"];
        options?: never;
        head?: never;
        /** Update a customer (send the version you read; a stale one gets 409) */
        patch: operations["updateCustomer"];
        trace?: never;
    };
    "/api/v1/customers/{id}/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Change the status, saying when it really happened */
        post: operations["changeCustomerStatus"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/customers/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Export the list, with its filters and sort, as XLSX or CSV */
        get: operations["exportCustomers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/customers/{id}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A customer's field-level change history */
        get: operations["listCustomerHistory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/products": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List products */
        get: operations["listProducts"];
        put?: never;
        /** Create a product (admins and managers) */
        post: operations["createProduct"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/products/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A product */
        get: operations["getProduct"];
        put?: never;
        post?: never;
        /** Delete a product (kept in history) */
        delete: operations["deleteProduct"];
        options?: never;
        head?: never;
        /** Update a product (send the version you read; a stale one gets 409) */
        patch: operations["updateProduct"];
        trace?: never;
    };
    "/api/v1/products/{id}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A product's field-level change history */
        get: operations["listProductHistory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/contracts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List contracts whose owner is in your data scope, with each one's balance */
        get: operations["listContracts"];
        put?: never;
        /** Create a contract for a customer you may change (sets the customer's last deal day) */
        post: operations["createContract"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/contracts/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A contract with its paid amount and balance */
        get: operations["getContract"];
        put?: never;
        post?: never;
        /** Delete a contract without payments (kept in history) */
        delete: operations["deleteContract"];
        options?: never;
        head?: never;
        /** Update a contract (send the version you read; a stale one gets 409) */
        patch: operations["updateContract"];
        trace?: never;
    };
    "/api/v1/contracts/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Export the list, with its filters and sort, as XLSX or CSV */
        get: operations["exportContracts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/contracts/{id}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A contract's field-level change history (payments show as paid and fully-paid changes) */
        get: operations["listContractHistory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/contracts/{id}/payment-plans": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A contract's payment plans (回款计划) */
        get: operations["listContractPaymentPlans"];
        put?: never;
        /** Add a payment plan to a contract */
        post: operations["createPaymentPlan"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/payment-plans/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A payment plan */
        get: operations["getPaymentPlan"];
        put?: never;
        post?: never;
        /** Delete a payment plan (kept in history) */
        delete: operations["deletePaymentPlan"];
        options?: never;
        head?: never;
        /** Update a payment plan (stale version → 409) */
        patch: operations["updatePaymentPlan"];
        trace?: never;
    };
    "/api/v1/payments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List payments on contracts whose owner is in your data scope */
        get: operations["listPayments"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/payments/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Export the list, with its filters and sort, as XLSX or CSV */
        get: operations["exportPayments"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/contracts/{id}/payments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A contract's payments (回款) */
        get: operations["listContractPayments"];
        put?: never;
        /** Record a payment received on a contract (more than the balance → 422 unless allowOverpayment) */
        post: operations["createPayment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/payments/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A payment */
        get: operations["getPayment"];
        put?: never;
        post?: never;
        /** Delete a payment; the contract's paid amount and fully-paid day follow */
        delete: operations["deletePayment"];
        options?: never;
        head?: never;
        /** Correct a payment; the contract's paid amount and fully-paid day follow */
        patch: operations["updatePayment"];
        trace?: never;
    };
    "/api/v1/payment-plans/{id}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A payment plan's change history */
        get: operations["listPaymentPlanHistory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/payments/{id}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A payment's change history */
        get: operations["listPaymentHistory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tickets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List tickets assigned within your scope, logged by you, or (service desk) unassigned */
        get: operations["listTickets"];
        put?: never;
        /** Open a service ticket (工单) */
        post: operations["createTicket"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tickets/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A ticket */
        get: operations["getTicket"];
        put?: never;
        post?: never;
        /** Delete a ticket (kept in history) */
        delete: operations["deleteTicket"];
        options?: never;
        head?: never;
        /** Update a ticket (stale version → 409) */
        patch: operations["updateTicket"];
        trace?: never;
    };
    "/api/v1/tickets/{id}/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Move a ticket to open, pending or closed (illegal moves → 422) */
        post: operations["changeTicketStatus"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tickets/{id}/resolve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Resolve a ticket (records who and when) */
        post: operations["resolveTicket"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tickets/{id}/rating": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record the customer's 1–5 rating: once (again → 409), on a resolved or closed ticket (else 422) */
        post: operations["rateTicket"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tickets/{id}/replies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A ticket's replies, oldest first by default */
        get: operations["listTicketReplies"];
        put?: never;
        /** Reply to a ticket (a service or manager reply sets the first response, once) */
        post: operations["replyToTicket"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tickets/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Export the list, with its filters and sort, as XLSX or CSV */
        get: operations["exportTickets"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tickets/{id}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A ticket's field-level change history */
        get: operations["listTicketHistory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/feedback": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List product feedback (yours and your scope; product and admin see all) */
        get: operations["listFeedback"];
        put?: never;
        /** Report product feedback (需求反馈), optionally from a ticket or for a customer */
        post: operations["createFeedback"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/feedback/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A feedback item */
        get: operations["getFeedback"];
        put?: never;
        post?: never;
        /** Delete feedback (kept in history) */
        delete: operations["deleteFeedback"];
        options?: never;
        head?: never;
        /** Reword feedback before it is decided (stale version → 409, decided → 422) */
        patch: operations["updateFeedback"];
        trace?: never;
    };
    "/api/v1/feedback/{id}/review": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Start reviewing new feedback (product only) */
        post: operations["startFeedbackReview"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/feedback/{id}/decision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Adopt or reject feedback (product only; from new or reviewing; final) */
        post: operations["decideFeedback"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/feedback/{id}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A feedback item's change history */
        get: operations["listFeedbackHistory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/campaigns": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List marketing campaigns (市场活动) */
        get: operations["listCampaigns"];
        put?: never;
        /** Create a campaign (marketing, managers, admins) */
        post: operations["createCampaign"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/campaigns/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A campaign */
        get: operations["getCampaign"];
        put?: never;
        post?: never;
        /** Delete a campaign (kept in history) */
        delete: operations["deleteCampaign"];
        options?: never;
        head?: never;
        /** Update a campaign (owner, managers, admins; stale version → 409) */
        patch: operations["updateCampaign"];
        trace?: never;
    };
    "/api/v1/campaigns/{id}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A campaign's field-level change history */
        get: operations["listCampaignHistory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/contacts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the contacts of the customers you may see */
        get: operations["listContacts"];
        put?: never;
        /** Add a contact to a customer you may change (a customer's first contact becomes primary) */
        post: operations["createContact"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/contacts/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A contact */
        get: operations["getContact"];
        put?: never;
        post?: never;
        /** Delete a contact (kept in history) */
        delete: operations["deleteContact"];
        options?: never;
        head?: never;
        /** Update a contact (send the version you read; a stale one gets 409) */
        patch: operations["updateContact"];
        trace?: never;
    };
    "/api/v1/contacts/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Export the list, with its filters and sort, as XLSX or CSV */
        get: operations["exportContacts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/contacts/{id}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A contact's field-level change history */
        get: operations["listContactHistory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/imports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your recent imports */
        get: operations["listImports"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/imports/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An import: its mapping, counts and progress */
        get: operations["getImport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/imports/{id}/mapping": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Map columns by hand (by header text); `save` keeps the mapping for the source */
        put: operations["replaceImportMapping"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/imports/{id}/dry-run": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Check every row and report errors by row and column, writing no record */
        post: operations["dryRunImport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/imports/{id}/commit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Import the valid rows in batches (continues a stopped import); follow its progress with GET */
        post: operations["commitImport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/imports/{id}/errors.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The error report (CSV, in your language): row, column, error, code */
        get: operations["getImportErrorReport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/pipeline-stages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The pipeline stages in order (active ones unless includeInactive=true) */
        get: operations["listPipelineStages"];
        put?: never;
        /** Add a pipeline stage */
        post: operations["createPipelineStage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/pipeline-stages/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Rename, reorder, re-weigh or deactivate a stage (send the version you read) */
        patch: operations["updatePipelineStage"];
        trace?: never;
    };
    "/api/v1/pipeline-stages/{id}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A stage's field-level change history */
        get: operations["listPipelineStageHistory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/opportunities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the opportunities you may see (your data scope plus those shared with you) */
        get: operations["listOpportunities"];
        put?: never;
        /** Create an opportunity on a customer you may change (records its first stage) */
        post: operations["createOpportunity"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/opportunities/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An opportunity */
        get: operations["getOpportunity"];
        put?: never;
        post?: never;
        /** Delete an opportunity (kept in history) */
        delete: operations["deleteOpportunity"];
        options?: never;
        head?: never;
        /** Update an opportunity or reassign its owner (stages change through /stage) */
        patch: operations["updateOpportunity"];
        trace?: never;
    };
    "/api/v1/opportunities/{id}/stage": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Move to another stage, saying when it happened; won/lost need a reason; an open stage reopens */
        post: operations["moveOpportunityStage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/opportunities/{id}/stages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An opportunity's stage changes in effective-time order */
        get: operations["listOpportunityStageChanges"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/opportunities/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Export the list, with its filters and sort, as XLSX or CSV */
        get: operations["exportOpportunities"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/opportunities/{id}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An opportunity's field-level change history */
        get: operations["listOpportunityHistory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/leads": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the leads you may see (owned within your scope, or brought in by you) */
        get: operations["listLeads"];
        put?: never;
        /** Create a lead (duplicate leads and customers come back as hints, never a block) */
        post: operations["createLead"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/leads/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A lead */
        get: operations["getLead"];
        put?: never;
        post?: never;
        /** Delete an open lead (kept in history; closed leads stay for the metrics) */
        delete: operations["deleteLead"];
        options?: never;
        head?: never;
        /** Update an open lead (send the version you read; a stale one gets 409, a closed lead 422) */
        patch: operations["updateLead"];
        trace?: never;
    };
    "/api/v1/leads/{id}/assign": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Give an open lead to another owner within your scope */
        post: operations["assignLead"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/leads/{id}/convert": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Close as converted: creates the customer, its primary contact and optionally an opportunity, all or nothing */
        post: operations["convertLead"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/leads/{id}/disqualify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Close as disqualified, with a reason and a quality rating */
        post: operations["disqualifyLead"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/leads/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Export the list, with its filters and sort, as XLSX or CSV */
        get: operations["exportLeads"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/leads/{id}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A lead's field-level change history */
        get: operations["listLeadHistory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Find customers, contacts, leads, opportunities, contracts and tickets you may see by name, phone (any format), e-mail or number */
        get: operations["search"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/duplicates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Likely duplicates of a customer, lead or contact about to be saved (same normalised name, phone or e-mail); records you may not see are reported without details */
        get: operations["findDuplicates"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/customers/{id}/merge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Merge a duplicate customer into this one (both must be yours to change): its records move here, it is deleted, both histories keep the merge */
        post: operations["mergeCustomers"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/leads/{id}/merge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Merge a duplicate open lead into this one (both must be yours to change): its follow-ups and plans move here, it is deleted, both histories keep the merge */
        post: operations["mergeLeads"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/activities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Activities on a record, or by author, type and org-zone days within your scope */
        get: operations["listActivities"];
        put?: never;
        /** Record a follow-up (跟进记录), optionally with the next follow-up plan */
        post: operations["createActivity"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/activities/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An activity */
        get: operations["getActivity"];
        put?: never;
        post?: never;
        /** Delete your own activity (kept in history) */
        delete: operations["deleteActivity"];
        options?: never;
        head?: never;
        /** Edit your own activity (validity and timeliness are re-derived) */
        patch: operations["updateActivity"];
        trace?: never;
    };
    "/api/v1/activities/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Export the list, with its filters and sort, as XLSX or CSV */
        get: operations["exportActivities"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/activities/{id}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An activity's change history */
        get: operations["listActivityHistory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/plans": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Follow-up plans in your scope; scope=today|overdue|upcoming gives the workbench tabs (org-zone days) */
        get: operations["listPlans"];
        put?: never;
        /** Plan a follow-up on a lead, customer or opportunity you may change */
        post: operations["createPlan"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/plans/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A follow-up plan */
        get: operations["getPlan"];
        put?: never;
        post?: never;
        /** Cancel a plan (kept in history) */
        delete: operations["deletePlan"];
        options?: never;
        head?: never;
        /** Reschedule, re-note or reassign a plan (send the version you read) */
        patch: operations["updatePlan"];
        trace?: never;
    };
    "/api/v1/plans/{id}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A plan's change history */
        get: operations["listPlanHistory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/customers/{id}/timeline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A customer's activities, stage changes, contracts, payments, tickets and feedback, newest first */
        get: operations["getCustomerTimeline"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/customers/{id}/collaborators": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Who the customer is shared with (协作人), expired shares included */
        get: operations["listCustomerCollaborators"];
        put?: never;
        /** Share the customer with a user (read or write, optionally until a time); needs write access */
        post: operations["shareCustomer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/customers/{id}/collaborators/{userId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Stop sharing the customer with a user */
        delete: operations["unshareCustomer"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/opportunities/{id}/collaborators": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Who the opportunity is shared with (协作人), expired shares included */
        get: operations["listOpportunityCollaborators"];
        put?: never;
        /** Share the opportunity with a user (read or write, optionally until a time); needs write access */
        post: operations["shareOpportunity"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/opportunities/{id}/collaborators/{userId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Stop sharing the opportunity with a user */
        delete: operations["unshareOpportunity"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/pool": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Customers in the public pool (公海) */
        get: operations["listPoolCustomers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/pool/{id}/claim": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Claim a pooled customer (claim cap and reclaim cool-down apply; a lost race gets 409) */
        post: operations["claimCustomer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/customers/{id}/release": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Release a customer to the pool (its owner, or a manager in scope) */
        post: operations["releaseCustomer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/customers/{id}/assign": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Give a customer in your scope or in the pool to someone in your scope */
        post: operations["assignCustomer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/pool/settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Claim cap, reclaim cool-down and return-to-pool rules */
        get: operations["getPoolSettings"];
        /** Replace the pool settings and rules (send the version you read) */
        put: operations["replacePoolSettings"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/pool/due-for-return": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Owned customers in your scope that the return rules would send to the pool now */
        get: operations["listCustomersDueForReturn"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/templates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Scorecard templates with their current versions */
        get: operations["listTemplates"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/templates/{id}/versions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every version of a template, newest first */
        get: operations["listTemplateVersions"];
        put?: never;
        /** Edit a template: saves a new version (with a note); open cycles keep theirs */
        post: operations["createTemplateVersion"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/template-versions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One template version */
        get: operations["getTemplateVersion"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/template-versions/{id}/diff": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What changed from another version to this one */
        get: operations["diffTemplateVersion"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cycles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Appraisal cycles, newest first */
        get: operations["listCycles"];
        put?: never;
        /** Create a monthly or quarterly cycle (a draft) */
        post: operations["createCycle"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cycles/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One cycle */
        get: operations["getCycle"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cycles/{id}/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Move the cycle one step: open (snapshot + compute), self_review, manager_review (freeze), calibrated, published, archived */
        post: operations["changeCycleStatus"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cycles/{id}/recompute": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Recompute from the records (frozen cycles need a reason; audited) */
        post: operations["recomputeCycle"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cycles/{id}/results": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Results of the people in your data scope (a team view for managers) */
        get: operations["listCycleResults"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cycles/{id}/results/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Export the results you may see, one row per person and item with its evidence counts (XLSX or CSV) */
        get: operations["exportCycleResults"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cycles/{id}/results/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My result in this cycle (null when I am not appraised in it) */
        get: operations["getMyCycleResult"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cycle-results/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One result with its items (yours, or someone in your scope) */
        get: operations["getCycleResult"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cycle-results/{id}/items/{metric}/evidence": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The records behind one item: what counted and what did not */
        get: operations["getCycleResultItemEvidence"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cycle-results/{id}/self-review": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Write your self review */
        post: operations["writeSelfReview"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cycle-results/{id}/review": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Write the manager's review */
        post: operations["writeManagerReview"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cycle-results/{id}/items/{metric}/adjust": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Adjust one item score, with a written reason (both numbers stay visible) */
        post: operations["adjustCycleResultItem"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cycle-results/{id}/acknowledge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Acknowledge your published result, optionally with a comment */
        post: operations["acknowledgeCycleResult"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cycles/{id}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A cycle's history: its status changes and recomputes with their reasons */
        get: operations["listCycleHistory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cycle-results/{id}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A result's history: adjustments with their reasons, reviews and acknowledgement */
        get: operations["listCycleResultHistory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reviews": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The quarterly review (复盘) of closed cycles: item distributions and health flags, outcome links, employees’ feedback */
        get: operations["getQuarterlyReview"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reviews/export.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The review’s items as CSV, in your language */
        get: operations["exportQuarterlyReview"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cycles/{id}/what-if": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Rescore a closed cycle under a proposed template version, changing nothing: old and new totals, grades and ranks */
        post: operations["runWhatIf"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/what-if/adopt": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Adopt a what-if: the proposal becomes the template’s next version (the note is its changelog), used by cycles opened from now on */
        post: operations["adoptWhatIf"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cycles/{id}/item-feedback/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your own comments and “unfair” votes on the items of your scorecard in a cycle */
        get: operations["listMyItemFeedback"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cycles/{id}/item-feedback/{metric}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Comment on an item of your own scorecard and vote it unfair (one per item and cycle, changeable while the cycle runs) */
        put: operations["giveItemFeedback"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/scorecard": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Live scorecard for the month or quarter to date (yours, or someone in your scope) */
        get: operations["getLiveScorecard"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/scorecard/team": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Live scorecards of a manager's reports (at any depth) */
        get: operations["listTeamScorecards"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/scorecard/evidence": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The records behind one live scorecard item */
        get: operations["getLiveScorecardEvidence"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/funnel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Sales funnel: leads → customers → opportunities by stage → won, with conversion */
        get: operations["getFunnelReport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/stage-durations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Median and p80 days in each stage, with the bottleneck stage */
        get: operations["getStageDurationsReport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/sales": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Won amount, collection and receivables against targets by person and team, with ageing */
        get: operations["getSalesReport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/cockpit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Leadership cockpit: the reports' key figures and the managers' own use of data */
        get: operations["getCockpit"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/adoption": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** CRM adoption by team and month or week: active users, completeness, timeliness, activities, open flags */
        get: operations["getAdoptionReport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/win-loss": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Won and lost opportunities closed in the period by reason, lead source, industry and person */
        get: operations["getWinLossReport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/service": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** First response, resolution time, CSAT and adopted feedback by agent and team */
        get: operations["getServiceReport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/{report}/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A report as XLSX or CSV, with headers in your language */
        get: operations["exportReport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/targets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Per-user targets (业绩目标) of the people in your scope */
        get: operations["listTargets"];
        /** Set a person's target for a metric in a month or quarter */
        put: operations["setTarget"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/targets/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove a target (the template target applies again) */
        delete: operations["deleteTarget"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/targets/{id}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A target's history: who set, changed or removed it (a removed one's too) */
        get: operations["listTargetHistory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/quality/flags": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Data-quality flags (防止数据造假) about users within your data scope */
        get: operations["listQualityFlags"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/quality/summary": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Open flags per user and rule within your data scope (the team view) */
        get: operations["getQualitySummary"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/quality/flags/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A data-quality flag: the rule, the record and what the rule saw */
        get: operations["getQualityFlag"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/quality/flags/{id}/clear": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Clear an open flag with a reason (audited); a cleared Q3/Q4 activity counts again */
        post: operations["clearQualityFlag"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/quality/flags/clear": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Clear several open flags with one reason (audited each); all in your scope and yours to clear, or none */
        post: operations["clearQualityFlags"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/quality/run": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Re-evaluate Q1–Q7 over the records created in org-zone days [from, to] */
        post: operations["runQualityRules"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/quality/flags/{id}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A flag's history: its clearances, with who cleared it and the reason */
        get: operations["listQualityFlagHistory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/metrics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every metric templates may use: built-in and active custom ones */
        get: operations["listMetrics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/custom-metrics/fields": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What custom metrics can be built from: entities and their fields with types */
        get: operations["listCustomMetricFields"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/custom-metrics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Custom metrics, active or not */
        get: operations["listCustomMetrics"];
        put?: never;
        /** Define a metric without code (entity, filter, aggregate, owner and time fields) */
        post: operations["createCustomMetric"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/custom-metrics/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One custom metric */
        get: operations["getCustomMetric"];
        /** Change or deactivate a custom metric (open cycles keep measuring with the current definition) */
        put: operations["replaceCustomMetric"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/settings/appraisal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** How the appraisal is configured (key fields of profile completeness) */
        get: operations["getAppraisalSettings"];
        /** Change the appraisal settings (admins) */
        put: operations["replaceAppraisalSettings"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/system/job-runs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The newest runs of the scheduled jobs with their outcome (admins) */
        get: operations["listJobRuns"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/settings/field-access": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Per role: which fields of customers, contacts and leads are read-only, hidden or masked (admins) */
        get: operations["getFieldAccess"];
        /** Replace the field rules (admins); recorded in the history */
        put: operations["replaceFieldAccess"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/customers/{id}/reveal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The full phone or e-mail of a customer you see masked; recorded in its history */
        post: operations["revealCustomerField"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/contacts/{id}/reveal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The full phone or e-mail of a contact you see masked; recorded in its history */
        post: operations["revealContactField"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/leads/{id}/reveal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The full phone or e-mail of a lead you see masked; recorded in its history */
        post: operations["revealLeadField"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workbench/hints": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Next steps that would raise your scorecard, with how many records each concerns */
        get: operations["listWorkbenchHints"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/usage/views": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record that you opened a dashboard, report or analysis (feeds insight_days) */
        post: operations["recordView"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your notifications, newest first, worded in your language, with the unread count */
        get: operations["listNotifications"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notifications/unread-count": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** How many of your notifications are unread (for the bell) */
        get: operations["countUnreadNotifications"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notifications/{id}/read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark one of your notifications read (404 for anyone else’s) */
        post: operations["markNotificationRead"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notifications/read-all": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark all your notifications read */
        post: operations["markAllNotificationsRead"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notifications/preferences": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Which kinds you receive, and on which outside channels */
        get: operations["getNotificationPreferences"];
        /** Change which kinds you receive and on which outside channels */
        put: operations["replaceNotificationPreferences"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notifications/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The delivery log: every queued message per channel, its attempts and last error (admins) */
        get: operations["listNotificationDeliveries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/settings/notifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The outside channels (企业微信, 钉钉, webhook, e-mail), secrets masked (admins) */
        get: operations["getNotificationChannels"];
        /** Change the outside channels (admins); a masked value sent back unchanged keeps the stored secret */
        put: operations["replaceNotificationChannels"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/recognition/grants": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Awards and badges granted to people in your scope, newest first, with their evidence (the recognition feed) */
        get: operations["listRecognitionGrants"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/recognition/leaderboards": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Leaderboards of a published cycle per role and department: the top and your own place, never a bottom list */
        get: operations["getLeaderboards"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/recognition/badges": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The badges: built-in ones and those admins defined, with their rules */
        get: operations["listBadges"];
        put?: never;
        /** Define a badge on any metric: a threshold met over cycles running or recent days */
        post: operations["createBadge"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/recognition/badges/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Switch a badge on or off (badges already granted stay) */
        patch: operations["updateBadge"];
        trace?: never;
    };
    "/api/v1/recognition/built-in-badges/{key}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Switch a built-in badge on or off (badges already granted stay) */
        put: operations["setBuiltInBadgeActive"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/recognition/cycles/{id}/grant": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Grant a published cycle's awards and badges again: only what is missing is added, nothing is withdrawn */
        post: operations["grantCycleRecognition"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/settings/recognition": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Recognition settings: leaderboards on or off, their size, the open-flag threshold */
        get: operations["getRecognitionSettings"];
        /** Change the recognition settings (admins) */
        put: operations["replaceRecognitionSettings"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/imports/{entity}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Upload a CSV or XLSX file to import (raw body): finds its header row and maps its columns */
        post: operations["uploadImport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        CustomMetricFilterGroupInput: {
            /** @enum {string} */
            match: "all" | "any";
            conditions: ({
                field: string;
                /** @enum {string} */
                operator: "eq" | "ne" | "gt" | "gte" | "lt" | "lte" | "in" | "not_in" | "is_null" | "is_not_null" | "contains";
                value?: (string | number | boolean) | (string | number)[];
            } | components["schemas"]["CustomMetricFilterGroupInput"])[];
        };
        RecognitionSettingsInput: {
            leaderboardsEnabled: boolean;
            leaderboardSize: number;
            awardMaxOpenFlags: number;
        };
        BadgeWindowInput: {
            /** @constant */
            kind: "cycles";
            count: number;
        } | {
            /** @constant */
            kind: "days";
            days: number;
        } | {
            /** @constant */
            kind: "month";
        };
        BadgeRuleInput: {
            metric: string;
            threshold: number;
            window: components["schemas"]["BadgeWindowInput"];
        };
        ErrorDetail: {
            /** @description the field, dotted (`items.0.amount`), or the request part */
            path: string;
            /** @enum {string} */
            code: "invalid_type" | "too_big" | "too_small" | "invalid_format" | "not_multiple_of" | "unrecognized_keys" | "invalid_union" | "invalid_key" | "invalid_element" | "invalid_value" | "invalid" | "malformed_url" | "malformed_body" | "unstorable_character" | "nested_too_deep" | "foreign_origin" | "read_only_token" | "not_found" | "stale_version" | "already_used" | "end_before_start" | "must_be_future" | "nothing_to_change" | "listed_twice" | "from_after_to" | "grade_thresholds_order" | "owner_not_assignable" | "owner_unchanged" | "user_inactive" | "assignee_not_service" | "owner_not_marketing" | "contact_needs_customer" | "contact_name_required" | "record_type_and_id_together" | "not_of_this_record" | "merge_into_itself" | "share_with_yourself" | "share_needs_write_access" | "share_outlives_own_access" | "status_unchanged" | "not_allowed_from_status" | "current_password_wrong" | "cannot_deactivate_yourself" | "reports_to_own_report" | "department_below_itself" | "too_short" | "too_common" | "contains_email_name" | "plan_for_other_record" | "plan_completed" | "plan_window_closed" | "plan_settled" | "stage_unknown" | "stage_not_open" | "stage_unchanged" | "stage_inactive" | "before_previous_change" | "reason_required" | "score_above_cap" | "own_appraisal" | "metric_unknown" | "own_target" | "floor_outside_unit_range" | "target_outside_unit_range" | "target_on_wrong_side_of_floor" | "target_equals_floor" | "metric_field_unknown" | "metric_value_required" | "metric_value_list_required" | "metric_value_single_required" | "metric_contains_needs_text" | "metric_ordering_needs_number" | "metric_entity_unknown" | "metric_owner_field_invalid" | "metric_time_field_invalid" | "metric_numeric_field_required" | "template_item_problem" | "field_read_only" | "field_hidden" | "import_header_not_found" | "import_required_column_missing" | "import_format_unsupported" | "import_entity_unsupported";
            /** @description in English, for API users */
            message: string;
            /** @description values for wording the problem */
            params?: {
                [key: string]: string | number;
            };
        };
        ErrorBody: {
            error: {
                /** @constant */
                code: "validation_failed";
                /** @description in English, for API users; the web app words the code */
                message: string;
                details: components["schemas"]["ErrorDetail"][];
            } | {
                /** @constant */
                code: "unauthorized";
                /** @description in English, for API users; the web app words the code */
                message: string;
                details: components["schemas"]["ErrorDetail"][];
            } | {
                /** @constant */
                code: "forbidden";
                /** @description in English, for API users; the web app words the code */
                message: string;
                details: components["schemas"]["ErrorDetail"][];
            } | {
                /** @constant */
                code: "field_read_only";
                /** @description in English, for API users; the web app words the code */
                message: string;
                details: components["schemas"]["ErrorDetail"][];
            } | {
                /** @constant */
                code: "field_hidden";
                /** @description in English, for API users; the web app words the code */
                message: string;
                details: components["schemas"]["ErrorDetail"][];
            } | {
                /** @constant */
                code: "not_found";
                /** @description in English, for API users; the web app words the code */
                message: string;
                details: components["schemas"]["ErrorDetail"][];
                params: {
                    /** @enum {string} */
                    record: "activity" | "api_token" | "appraisal_item" | "appraisal_result" | "badge" | "campaign" | "collaborator" | "contact" | "contract" | "customer" | "cycle" | "department" | "evidence" | "feedback" | "import" | "lead" | "metric" | "notification" | "opportunity" | "payment" | "payment_plan" | "pipeline_stage" | "plan" | "pool_settings" | "product" | "quality_flag" | "role" | "target" | "template" | "template_version" | "ticket" | "user";
                };
            } | {
                /** @constant */
                code: "route_not_found";
                /** @description in English, for API users; the web app words the code */
                message: string;
                details: components["schemas"]["ErrorDetail"][];
                params: {
                    method: string;
                    path: string;
                };
            } | {
                /** @constant */
                code: "version_conflict";
                /** @description in English, for API users; the web app words the code */
                message: string;
                details: components["schemas"]["ErrorDetail"][];
                params: {
                    /** @enum {string} */
                    record: "activity" | "api_token" | "appraisal_item" | "appraisal_result" | "badge" | "campaign" | "collaborator" | "contact" | "contract" | "customer" | "cycle" | "department" | "evidence" | "feedback" | "import" | "lead" | "metric" | "notification" | "opportunity" | "payment" | "payment_plan" | "pipeline_stage" | "plan" | "pool_settings" | "product" | "quality_flag" | "role" | "target" | "template" | "template_version" | "ticket" | "user";
                };
            } | {
                /** @constant */
                code: "payload_too_large";
                /** @description in English, for API users; the web app words the code */
                message: string;
                details: components["schemas"]["ErrorDetail"][];
            } | {
                /** @constant */
                code: "too_many_requests";
                /** @description in English, for API users; the web app words the code */
                message: string;
                details: components["schemas"]["ErrorDetail"][];
            } | {
                /** @constant */
                code: "login_throttled";
                /** @description in English, for API users; the web app words the code */
                message: string;
                details: components["schemas"]["ErrorDetail"][];
                params: {
                    retryAfterSeconds: number;
                };
            } | {
                /** @constant */
                code: "internal";
                /** @description in English, for API users; the web app words the code */
                message: string;
                details: components["schemas"]["ErrorDetail"][];
            } | {
                /** @constant */
                code: "read_only_token";
                /** @description in English, for API users; the web app words the code */
                message: string;
                details: components["schemas"]["ErrorDetail"][];
            } | {
                /** @constant */
                code: "foreign_origin";
                /** @description in English, for API users; the web app words the code */
                message: string;
                details: components["schemas"]["ErrorDetail"][];
            } | {
                /** @constant */
                code: "record_read_only";
                /** @description in English, for API users; the web app words the code */
                message: string;
                details: components["schemas"]["ErrorDetail"][];
                params: {
                    /** @enum {string} */
                    record: "activity" | "api_token" | "appraisal_item" | "appraisal_result" | "badge" | "campaign" | "collaborator" | "contact" | "contract" | "customer" | "cycle" | "department" | "evidence" | "feedback" | "import" | "lead" | "metric" | "notification" | "opportunity" | "payment" | "payment_plan" | "pipeline_stage" | "plan" | "pool_settings" | "product" | "quality_flag" | "role" | "target" | "template" | "template_version" | "ticket" | "user";
                };
            } | {
                /** @constant */
                code: "owner_change_not_allowed";
                /** @description in English, for API users; the web app words the code */
                message: string;
                details: components["schemas"]["ErrorDetail"][];
                params: {
                    /** @enum {string} */
                    record: "activity" | "api_token" | "appraisal_item" | "appraisal_result" | "badge" | "campaign" | "collaborator" | "contact" | "contract" | "customer" | "cycle" | "department" | "evidence" | "feedback" | "import" | "lead" | "metric" | "notification" | "opportunity" | "payment" | "payment_plan" | "pipeline_stage" | "plan" | "pool_settings" | "product" | "quality_flag" | "role" | "target" | "template" | "template_version" | "ticket" | "user";
                };
            } | {
                /** @constant */
                code: "delete_not_allowed";
                /** @description in English, for API users; the web app words the code */
                message: string;
                details: components["schemas"]["ErrorDetail"][];
                params: {
                    /** @enum {string} */
                    record: "activity" | "api_token" | "appraisal_item" | "appraisal_result" | "badge" | "campaign" | "collaborator" | "contact" | "contract" | "customer" | "cycle" | "department" | "evidence" | "feedback" | "import" | "lead" | "metric" | "notification" | "opportunity" | "payment" | "payment_plan" | "pipeline_stage" | "plan" | "pool_settings" | "product" | "quality_flag" | "role" | "target" | "template" | "template_version" | "ticket" | "user";
                };
            } | {
                /** @constant */
                code: "record_out_of_scope";
                /** @description in English, for API users; the web app words the code */
                message: string;
                details: components["schemas"]["ErrorDetail"][];
                params: {
                    /** @enum {string} */
                    record: "activity" | "api_token" | "appraisal_item" | "appraisal_result" | "badge" | "campaign" | "collaborator" | "contact" | "contract" | "customer" | "cycle" | "department" | "evidence" | "feedback" | "import" | "lead" | "metric" | "notification" | "opportunity" | "payment" | "payment_plan" | "pipeline_stage" | "plan" | "pool_settings" | "product" | "quality_flag" | "role" | "target" | "template" | "template_version" | "ticket" | "user";
                };
            } | {
                /** @constant */
                code: "record_kind_not_allowed";
                /** @description in English, for API users; the web app words the code */
                message: string;
                details: components["schemas"]["ErrorDetail"][];
                params: {
                    /** @enum {string} */
                    record: "activity" | "api_token" | "appraisal_item" | "appraisal_result" | "badge" | "campaign" | "collaborator" | "contact" | "contract" | "customer" | "cycle" | "department" | "evidence" | "feedback" | "import" | "lead" | "metric" | "notification" | "opportunity" | "payment" | "payment_plan" | "pipeline_stage" | "plan" | "pool_settings" | "product" | "quality_flag" | "role" | "target" | "template" | "template_version" | "ticket" | "user";
                };
            } | {
                /** @constant */
                code: "source_user_change_not_allowed";
                /** @description in English, for API users; the web app words the code */
                message: string;
                details: components["schemas"]["ErrorDetail"][];
            } | {
                /** @constant */
                code: "not_activity_author";
                /** @description in English, for API users; the web app words the code */
                message: string;
                details: components["schemas"]["ErrorDetail"][];
            } | {
                /** @constant */
                code: "share_needs_write_access";
                /** @description in English, for API users; the web app words the code */
                message: string;
                details: components["schemas"]["ErrorDetail"][];
            } | {
                /** @constant */
                code: "share_outlives_own_access";
                /** @description in English, for API users; the web app words the code */
                message: string;
                details: components["schemas"]["ErrorDetail"][];
                params: {
                    until: string;
                };
            } | {
                /** @constant */
                code: "pool_release_not_allowed";
                /** @description in English, for API users; the web app words the code */
                message: string;
                details: components["schemas"]["ErrorDetail"][];
            } | {
                /** @constant */
                code: "product_managers_only";
                /** @description in English, for API users; the web app words the code */
                message: string;
                details: components["schemas"]["ErrorDetail"][];
            } | {
                /** @constant */
                code: "quality_flag_clear_not_allowed";
                /** @description in English, for API users; the web app words the code */
                message: string;
                details: components["schemas"]["ErrorDetail"][];
            } | {
                /** @constant */
                code: "own_target";
                /** @description in English, for API users; the web app words the code */
                message: string;
                details: components["schemas"]["ErrorDetail"][];
            } | {
                /** @constant */
                code: "own_appraisal";
                /** @description in English, for API users; the web app words the code */
                message: string;
                details: components["schemas"]["ErrorDetail"][];
            } | {
                /** @constant */
                code: "not_self_review_author";
                /** @description in English, for API users; the web app words the code */
                message: string;
                details: components["schemas"]["ErrorDetail"][];
            } | {
                /** @constant */
                code: "not_appraised_person";
                /** @description in English, for API users; the web app words the code */
                message: string;
                details: components["schemas"]["ErrorDetail"][];
            } | {
                /** @constant */
                code: "account_changed_meanwhile";
                /** @description in English, for API users; the web app words the code */
                message: string;
                details: components["schemas"]["ErrorDetail"][];
            } | {
                /** @constant */
                code: "email_in_use";
                /** @description in English, for API users; the web app words the code */
                message: string;
                details: components["schemas"]["ErrorDetail"][];
            } | {
                /** @constant */
                code: "department_not_empty";
                /** @description in English, for API users; the web app words the code */
                message: string;
                details: components["schemas"]["ErrorDetail"][];
            } | {
                /** @constant */
                code: "customer_already_in_pool";
                /** @description in English, for API users; the web app words the code */
                message: string;
                details: components["schemas"]["ErrorDetail"][];
            } | {
                /** @constant */
                code: "pool_claim_cap_reached";
                /** @description in English, for API users; the web app words the code */
                message: string;
                details: components["schemas"]["ErrorDetail"][];
                params: {
                    cap: number;
                };
            } | {
                /** @constant */
                code: "pool_cooldown";
                /** @description in English, for API users; the web app words the code */
                message: string;
                details: components["schemas"]["ErrorDetail"][];
                params: {
                    releasedAt: string;
                    allowedFrom: string;
                };
            } | {
                /** @constant */
                code: "contract_number_in_use";
                /** @description in English, for API users; the web app words the code */
                message: string;
                details: components["schemas"]["ErrorDetail"][];
            } | {
                /** @constant */
                code: "contract_has_payments";
                /** @description in English, for API users; the web app words the code */
                message: string;
                details: components["schemas"]["ErrorDetail"][];
            } | {
                /** @constant */
                code: "contract_amount_below_paid";
                /** @description in English, for API users; the web app words the code */
                message: string;
                details: components["schemas"]["ErrorDetail"][];
                params: {
                    paidCents: number;
                };
            } | {
                /** @constant */
                code: "contract_overpaid";
                /** @description in English, for API users; the web app words the code */
                message: string;
                details: components["schemas"]["ErrorDetail"][];
                params: {
                    balanceCents: number;
                };
            } | {
                /** @constant */
                code: "lead_closed";
                /** @description in English, for API users; the web app words the code */
                message: string;
                details: components["schemas"]["ErrorDetail"][];
                params: {
                    /** @description a workflow status, e.g. `open` */
                    status: string;
                };
            } | {
                /** @constant */
                code: "stage_kind_locked";
                /** @description in English, for API users; the web app words the code */
                message: string;
                details: components["schemas"]["ErrorDetail"][];
            } | {
                /** @constant */
                code: "ticket_transition_not_allowed";
                /** @description in English, for API users; the web app words the code */
                message: string;
                details: components["schemas"]["ErrorDetail"][];
                params: {
                    /** @description a workflow status, e.g. `open` */
                    from: string;
                    /** @description a workflow status, e.g. `open` */
                    to: string;
                };
            } | {
                /** @constant */
                code: "ticket_closed";
                /** @description in English, for API users; the web app words the code */
                message: string;
                details: components["schemas"]["ErrorDetail"][];
            } | {
                /** @constant */
                code: "ticket_already_rated";
                /** @description in English, for API users; the web app words the code */
                message: string;
                details: components["schemas"]["ErrorDetail"][];
            } | {
                /** @constant */
                code: "ticket_not_rateable";
                /** @description in English, for API users; the web app words the code */
                message: string;
                details: components["schemas"]["ErrorDetail"][];
                params: {
                    /** @description a workflow status, e.g. `open` */
                    status: string;
                };
            } | {
                /** @constant */
                code: "feedback_decided";
                /** @description in English, for API users; the web app words the code */
                message: string;
                details: components["schemas"]["ErrorDetail"][];
                params: {
                    /** @description a workflow status, e.g. `open` */
                    status: string;
                };
            } | {
                /** @constant */
                code: "feedback_transition_not_allowed";
                /** @description in English, for API users; the web app words the code */
                message: string;
                details: components["schemas"]["ErrorDetail"][];
                params: {
                    /** @description a workflow status, e.g. `open` */
                    from: string;
                    /** @description a workflow status, e.g. `open` */
                    to: string;
                };
            } | {
                /** @constant */
                code: "metric_key_in_use";
                /** @description in English, for API users; the web app words the code */
                message: string;
                details: components["schemas"]["ErrorDetail"][];
                params: {
                    key: string;
                };
            } | {
                /** @constant */
                code: "quality_flag_already_cleared";
                /** @description in English, for API users; the web app words the code */
                message: string;
                details: components["schemas"]["ErrorDetail"][];
            } | {
                /** @constant */
                code: "cycle_period_not_ended";
                /** @description in English, for API users; the web app words the code */
                message: string;
                details: components["schemas"]["ErrorDetail"][];
                params: {
                    lastDay: string;
                    periodEnd: string;
                    asOf: string;
                };
            } | {
                /** @constant */
                code: "cycle_transition_not_allowed";
                /** @description in English, for API users; the web app words the code */
                message: string;
                details: components["schemas"]["ErrorDetail"][];
                params: {
                    /** @description a workflow status, e.g. `open` */
                    from: string;
                    /** @description a workflow status, e.g. `open` */
                    to: string;
                };
            } | {
                /** @constant */
                code: "cycle_not_open";
                /** @description in English, for API users; the web app words the code */
                message: string;
                details: components["schemas"]["ErrorDetail"][];
            } | {
                /** @constant */
                code: "cycle_closed";
                /** @description in English, for API users; the web app words the code */
                message: string;
                details: components["schemas"]["ErrorDetail"][];
                params: {
                    /** @description a workflow status, e.g. `open` */
                    status: string;
                };
            } | {
                /** @constant */
                code: "cycle_not_closed";
                /** @description in English, for API users; the web app words the code */
                message: string;
                details: components["schemas"]["ErrorDetail"][];
                params: {
                    /** @description a workflow status, e.g. `open` */
                    status: string;
                };
            } | {
                /** @constant */
                code: "cycle_adjusted_meanwhile";
                /** @description in English, for API users; the web app words the code */
                message: string;
                details: components["schemas"]["ErrorDetail"][];
            } | {
                /** @constant */
                code: "result_status_not_allowed";
                /** @description in English, for API users; the web app words the code */
                message: string;
                details: components["schemas"]["ErrorDetail"][];
                params: {
                    /** @description a workflow status, e.g. `open` */
                    status: string;
                };
            } | {
                /** @constant */
                code: "result_already_acknowledged";
                /** @description in English, for API users; the web app words the code */
                message: string;
                details: components["schemas"]["ErrorDetail"][];
            } | {
                /** @constant */
                code: "import_file_rejected";
                /** @description in English, for API users; the web app words the code */
                message: string;
                details: components["schemas"]["ErrorDetail"][];
            } | {
                /** @constant */
                code: "import_entity_unsupported";
                /** @description in English, for API users; the web app words the code */
                message: string;
                details: components["schemas"]["ErrorDetail"][];
                params: {
                    entity: string;
                };
            } | {
                /** @constant */
                code: "import_already_running";
                /** @description in English, for API users; the web app words the code */
                message: string;
                details: components["schemas"]["ErrorDetail"][];
            } | {
                /** @constant */
                code: "import_mapping_locked";
                /** @description in English, for API users; the web app words the code */
                message: string;
                details: components["schemas"]["ErrorDetail"][];
            };
        };
        HistoryEntry: {
            id: string;
            entity: string;
            entityId: string;
            /** @enum {string} */
            action: "create" | "update" | "delete" | "restore" | "merge" | "reveal";
            field: string | null;
            oldValue: string | null;
            newValue: string | null;
            actorId: string | null;
            at: string;
        };
        HistoryEntryPage: {
            items: components["schemas"]["HistoryEntry"][];
            /** @description How many rows match; record lists count up to 10,000 (see totalCapped) */
            total: number;
            /** @description true when more rows match than `total` (the count stopped at its cap) */
            totalCapped: boolean;
            page: number;
            pageSize: number;
        };
        QualityFlag: {
            id: string;
            /** @enum {string} */
            rule: "Q1" | "Q2" | "Q3" | "Q4" | "Q5" | "Q6" | "Q7";
            /** @enum {string} */
            entity: "activity" | "customer" | "lead" | "user";
            recordId: string;
            field: string | null;
            userId: string;
            detail: {
                [key: string]: unknown;
            } | null;
            /** @enum {string} */
            status: "open" | "cleared";
            createdAt: string;
            clearedBy: string | null;
            clearedAt: string | null;
            clearedReason: string | null;
            canClear: boolean;
            record: {
                happenedAt: string;
                label: string;
                customerId: string | null;
            } | null;
        };
        QualitySummary: {
            items: {
                userId: string;
                open: number;
                byRule: {
                    [key: string]: number;
                };
            }[];
        };
        Plan: {
            id: string;
            /** @enum {string} */
            recordType: "lead" | "customer" | "opportunity";
            recordId: string;
            customerId: string | null;
            /** @description Name of the customer, on reads; null when none or not readable by the viewer */
            customerName?: string | null;
            ownerId: string;
            dueAt: string;
            note: string | null;
            /** @enum {string} */
            status: "open" | "completed";
            completedAt: string | null;
            completedByActivityId: string | null;
            createdBy: string | null;
            createdAt: string;
            updatedAt: string;
            version: number;
            /** @enum {string} */
            access: "read" | "write";
        };
        Activity: {
            id: string;
            /** @enum {string} */
            type: "call" | "visit" | "meeting" | "email" | "message" | "note";
            /** @enum {string} */
            recordType: "lead" | "customer" | "opportunity";
            recordId: string;
            customerId: string | null;
            /** @description Name of the customer, on reads; null when none or not readable by the viewer */
            customerName?: string | null;
            content: string;
            occurredAt: string;
            recordedAt: string;
            actorId: string;
            /** @description Name of the author, on reads; null when none or not readable by the viewer */
            actorName?: string | null;
            ownerId: string | null;
            /** @description Name of the record's owner at the time, on reads; null when none or not readable by the viewer */
            ownerName?: string | null;
            valid: boolean;
            timely: boolean;
            planId: string | null;
            /** @enum {string} */
            access: "read" | "write";
        };
        CreatedActivity: {
            id: string;
            /** @enum {string} */
            type: "call" | "visit" | "meeting" | "email" | "message" | "note";
            /** @enum {string} */
            recordType: "lead" | "customer" | "opportunity";
            recordId: string;
            customerId: string | null;
            /** @description Name of the customer, on reads; null when none or not readable by the viewer */
            customerName?: string | null;
            content: string;
            occurredAt: string;
            recordedAt: string;
            actorId: string;
            /** @description Name of the author, on reads; null when none or not readable by the viewer */
            actorName?: string | null;
            ownerId: string | null;
            /** @description Name of the record's owner at the time, on reads; null when none or not readable by the viewer */
            ownerName?: string | null;
            valid: boolean;
            timely: boolean;
            planId: string | null;
            /** @enum {string} */
            access: "read" | "write";
            completedPlanIds: string[];
            nextFollowUp: components["schemas"]["Plan"] | null;
            qualityFlags: {
                /** @enum {string} */
                rule: "Q1" | "Q2" | "Q3" | "Q4" | "Q5" | "Q6" | "Q7";
                detail: {
                    [key: string]: unknown;
                } | null;
            }[];
        };
        Collaborator: {
            userId: string;
            userName: string;
            /** @enum {string} */
            access: "read" | "write";
            until: string | null;
            expired: boolean;
            createdBy: string | null;
            createdAt: string;
        };
        FieldView: {
            customer?: {
                [key: string]: {
                    /** @enum {string} */
                    mode: "editable" | "read_only" | "hidden";
                    masked: boolean;
                };
            };
            contact?: {
                [key: string]: {
                    /** @enum {string} */
                    mode: "editable" | "read_only" | "hidden";
                    masked: boolean;
                };
            };
            lead?: {
                [key: string]: {
                    /** @enum {string} */
                    mode: "editable" | "read_only" | "hidden";
                    masked: boolean;
                };
            };
        };
        /** @enum {string} */
        Area: "workbench" | "leads" | "customers" | "pool" | "contacts" | "opportunities" | "contracts" | "payments" | "tickets" | "feedback" | "campaigns" | "appraisal" | "team" | "review" | "recognition" | "reports" | "users" | "departments" | "dataScopes" | "pipelineStages" | "keyFields" | "fieldAccess" | "templates" | "customMetrics" | "targets" | "cycles" | "recognitionSettings" | "poolSettings" | "products" | "imports" | "jobRuns" | "ticketQueueCard" | "followUpPlansCard" | "staleOpportunitiesCard" | "nextStepsCard" | "scorecardCard" | "campaignsCard" | "teamCard" | "setupCard" | "systemHealthCard" | "recognitionFeedCard";
        User: {
            id: string;
            name: string;
            email: string;
            roles: ("admin" | "executive" | "manager" | "sales" | "service" | "marketing" | "product" | "hr")[];
            departmentId: string | null;
            managerId: string | null;
            active: boolean;
            locale: ("zh-CN" | "en") | null;
            joinedOn: string | null;
            leftOn: string | null;
            version: number;
            createdAt: string;
            updatedAt: string;
        };
        Department: {
            id: string;
            name: string;
            parentId: string | null;
            version: number;
            createdAt: string;
            updatedAt: string;
        };
        Role: {
            /** @enum {string} */
            key: "admin" | "executive" | "manager" | "sales" | "service" | "marketing" | "product" | "hr";
            /** @enum {string} */
            dataScope: "self" | "self_and_reports" | "department" | "department_tree" | "all";
            updatedAt: string;
        };
        SignedInUser: {
            id: string;
            name: string;
            email: string;
            roles: ("admin" | "executive" | "manager" | "sales" | "service" | "marketing" | "product" | "hr")[];
            departmentId: string | null;
            managerId: string | null;
            active: boolean;
            locale: ("zh-CN" | "en") | null;
            joinedOn: string | null;
            leftOn: string | null;
            version: number;
            createdAt: string;
            updatedAt: string;
            areas: components["schemas"]["Area"][];
        };
        ApiToken: {
            id: string;
            name: string;
            prefix: string;
            createdAt: string;
            lastUsedAt: string | null;
            revokedAt: string | null;
            expiresAt: string | null;
            /** @enum {string} */
            scope: "read" | "write";
        };
        CreatedApiToken: {
            id: string;
            name: string;
            prefix: string;
            createdAt: string;
            lastUsedAt: string | null;
            revokedAt: string | null;
            expiresAt: string | null;
            /** @enum {string} */
            scope: "read" | "write";
            /** @description Shown once: store it now, it cannot be read again */
            token: string;
        };
        Contact: {
            id: string;
            customerId: string;
            /** @description Name of the customer, on reads; null when none or not readable by the viewer */
            customerName?: string | null;
            name: string;
            title: string | null;
            phone: string | null;
            email: string | null;
            isPrimary: boolean;
            note: string | null;
            createdBy: string | null;
            createdAt: string;
            updatedAt: string;
            version: number;
            /** @enum {string} */
            access: "read" | "write";
        };
        CustomMetricFilterGroup: {
            /** @enum {string} */
            match: "all" | "any";
            conditions: ({
                field: string;
                /** @enum {string} */
                operator: "eq" | "ne" | "gt" | "gte" | "lt" | "lte" | "in" | "not_in" | "is_null" | "is_not_null" | "contains";
                value?: (string | number | boolean) | (string | number)[];
            } | components["schemas"]["CustomMetricFilterGroup"])[];
        };
        CustomMetric: {
            id: string;
            key: string;
            nameZh: string;
            nameEn: string;
            /** @enum {string} */
            unit: "percent" | "per_week" | "days" | "money" | "count" | "minutes" | "rating" | "score";
            /** @enum {string} */
            dir: "+" | "-";
            definition: {
                entity: string;
                /**
                 * @default {
                 *       "match": "all",
                 *       "conditions": []
                 *     }
                 */
                filter: components["schemas"]["CustomMetricFilterGroup"];
                aggregate: {
                    /** @constant */
                    kind: "count";
                } | {
                    /** @constant */
                    kind: "sum";
                    field: string;
                } | {
                    /** @constant */
                    kind: "avg";
                    field: string;
                } | {
                    /** @constant */
                    kind: "ratio";
                    numerator: components["schemas"]["CustomMetricFilterGroup"];
                };
                ownerField: string;
                timeField: string;
            };
            active: boolean;
            version: number;
            createdAt: string;
            updatedAt: string;
        };
        Customer: {
            id: string;
            name: string;
            phone: string | null;
            email: string | null;
            industry: string | null;
            source: string | null;
            level: ("A" | "B" | "C") | null;
            /** @enum {string} */
            status: "potential" | "intent" | "deal" | "dormant" | "lost";
            requirement: string | null;
            region: string | null;
            address: string | null;
            ownerId: string | null;
            /** @description Name of the owner, on reads; null when none or not readable by the viewer */
            ownerName?: string | null;
            ownerSince: string | null;
            poolEnteredAt: string | null;
            lastFollowUpAt: string | null;
            createdBy: string | null;
            createdAt: string;
            updatedAt: string;
            version: number;
            /** @enum {string} */
            access: "read" | "write";
        };
        CreatedCustomer: {
            id: string;
            name: string;
            phone: string | null;
            email: string | null;
            industry: string | null;
            source: string | null;
            level: ("A" | "B" | "C") | null;
            /** @enum {string} */
            status: "potential" | "intent" | "deal" | "dormant" | "lost";
            requirement: string | null;
            region: string | null;
            address: string | null;
            ownerId: string | null;
            /** @description Name of the owner, on reads; null when none or not readable by the viewer */
            ownerName?: string | null;
            ownerSince: string | null;
            poolEnteredAt: string | null;
            lastFollowUpAt: string | null;
            createdBy: string | null;
            createdAt: string;
            updatedAt: string;
            version: number;
            /** @enum {string} */
            access: "read" | "write";
            duplicateHints: ({
                /** @constant */
                visible: true;
                /** @enum {string} */
                entity: "customer" | "lead" | "contact";
                id: string;
                name: string;
                /** @enum {string} */
                matchedBy: "phone" | "email" | "name";
            } | {
                /** @constant */
                visible: false;
                /** @enum {string} */
                entity: "customer" | "lead" | "contact";
                /** @enum {string} */
                matchedBy: "phone" | "email" | "name";
            })[];
        };
        RecognitionSettings: {
            leaderboardsEnabled: boolean;
            leaderboardSize: number;
            awardMaxOpenFlags: number;
        };
        ScoredItem: {
            metric: string;
            weight: number;
            floor: number;
            target: number;
            /** @enum {string} */
            targetSource: "template" | "user";
            cap: number;
            minSample: number;
            value: {
                value: number | null;
                numerator: number | null;
                denominator: number | null;
                naReason: ("below_min_sample" | "inactive_most_of_period" | "no_items") | null;
            };
            score: number | null;
            /** @description for a period in progress; null once it is over */
            pace: {
                /** @description share of the period’s working time elapsed, 0..1 */
                elapsedShare: number;
                /** @description counts and sums: floor and target pro-rated to elapsedShare */
                proRated: boolean;
                floor: number;
                target: number;
                /** @description the value the period would end with at this pace */
                projected: number | null;
            } | null;
            /** @description why the item cannot be scored (its score is then N/A); null when it can */
            misconfigured: ("not_finite" | "target_on_wrong_side_of_floor") | null;
        };
        Scorecard: {
            userId: string;
            userName: string;
            period: {
                /** @enum {string} */
                kind: "month" | "quarter";
                start: string;
                /** @description end of the whole period (exclusive) */
                end: string;
                /** @description the records are counted up to this instant */
                asOf: string;
            };
            total: number | null;
            grade: string | null;
            /** @description why no grade is shown yet */
            gradeWithheld: ("early_in_period" | "little_weight_applies") | null;
            applicableShare: number;
            items: components["schemas"]["ScoredItem"][];
        };
        TeamScorecards: {
            managerId: string;
            period: {
                /** @enum {string} */
                kind: "month" | "quarter";
                start: string;
                /** @description end of the whole period (exclusive) */
                end: string;
                /** @description the records are counted up to this instant */
                asOf: string;
            };
            members: components["schemas"]["Scorecard"][];
        };
        Cycle: {
            id: string;
            name: string;
            /** @enum {string} */
            kind: "month" | "quarter" | "custom";
            firstDay: string;
            lastDay: string;
            periodStart: string;
            periodEnd: string;
            zone: string;
            /** @enum {string} */
            status: "draft" | "open" | "self_review" | "manager_review" | "calibrated" | "published" | "archived";
            openedAt: string | null;
            frozenAt: string | null;
            publishedAt: string | null;
            computedAt: string | null;
            /** @description the instant the numbers were scored at */
            scoredAt: string | null;
            /** @description records are counted up to here: min(periodEnd, scoredAt) */
            asOf: string | null;
            /** @description scored before the period ended: the numbers so far */
            soFar: boolean;
            version: number;
        };
        CycleResultItem: {
            metric: string;
            weight: number;
            floor: number;
            target: number;
            cap: number;
            minSample: number;
            value: number | null;
            numerator: number | null;
            denominator: number | null;
            naReason: ("below_min_sample" | "inactive_most_of_period" | "no_items") | null;
            score: number | null;
            adjustedScore: number | null;
            adjustReason: string | null;
            adjustedBy: string | null;
            adjustedAt: string | null;
            /** @description for a period in progress; null once it is over */
            pace: {
                /** @description share of the period’s working time elapsed, 0..1 */
                elapsedShare: number;
                /** @description counts and sums: floor and target pro-rated to elapsedShare */
                proRated: boolean;
                floor: number;
                target: number;
                /** @description the value the period would end with at this pace */
                projected: number | null;
            } | null;
            /** @description why the item cannot be scored (its score is then N/A); null when it can */
            misconfigured: ("not_finite" | "target_on_wrong_side_of_floor") | null;
        };
        CycleResult: {
            id: string;
            cycleId: string;
            userId: string;
            total: number | null;
            grade: string | null;
            applicableShare: number;
            computedAt: string;
            selfComment: string | null;
            selfReviewedAt: string | null;
            managerComment: string | null;
            managerReviewedBy: string | null;
            managerReviewedAt: string | null;
            acknowledgedAt: string | null;
            employeeComment: string | null;
            version: number;
            items: components["schemas"]["CycleResultItem"][];
        };
        CycleResultSummary: {
            id: string;
            cycleId: string;
            userId: string;
            total: number | null;
            grade: string | null;
            applicableShare: number;
            computedAt: string;
            selfComment: string | null;
            selfReviewedAt: string | null;
            managerComment: string | null;
            managerReviewedBy: string | null;
            managerReviewedAt: string | null;
            acknowledgedAt: string | null;
            employeeComment: string | null;
            version: number;
            userName: string;
            role: string;
            managerId: string | null;
        };
        Product: {
            id: string;
            name: string;
            code: string | null;
            unitPriceCents: number;
            currency: string;
            active: boolean;
            createdBy: string | null;
            createdAt: string;
            updatedAt: string;
            version: number;
            /** @enum {string} */
            access: "read" | "write";
        };
        Contract: {
            id: string;
            customerId: string;
            /** @description Name of the customer, on reads; null when none or not readable by the viewer */
            customerName?: string | null;
            opportunityId: string | null;
            /** @description Name of the opportunity, on reads; null when none or not readable by the viewer */
            opportunityName?: string | null;
            number: string;
            title: string;
            amountCents: number;
            currency: string;
            signedOn: string;
            startOn: string | null;
            endOn: string | null;
            renewalOf: string | null;
            ownerId: string;
            /** @description Name of the owner, on reads; null when none or not readable by the viewer */
            ownerName?: string | null;
            paidCents: number;
            balanceCents: number;
            fullyPaidOn: string | null;
            createdBy: string | null;
            createdAt: string;
            updatedAt: string;
            version: number;
            /** @enum {string} */
            access: "read" | "write";
        };
        PaymentPlan: {
            id: string;
            contractId: string;
            dueOn: string;
            amountCents: number;
            note: string | null;
            createdBy: string | null;
            createdAt: string;
            updatedAt: string;
            version: number;
            /** @enum {string} */
            access: "read" | "write";
        };
        Payment: {
            id: string;
            contractId: string;
            contractNumber?: string;
            contractTitle?: string;
            currency?: string;
            customerId?: string;
            /** @description Name of the customer, on reads; null when none or not readable by the viewer */
            customerName?: string | null;
            planId: string | null;
            amountCents: number;
            receivedOn: string;
            recordedAt: string;
            method: string | null;
            ownerId: string;
            timely: boolean;
            createdBy: string | null;
            createdAt: string;
            updatedAt: string;
            version: number;
            /** @enum {string} */
            access: "read" | "write";
        };
        Ticket: {
            id: string;
            customerId: string | null;
            /** @description Name of the customer, on reads; null when none or not readable by the viewer */
            customerName?: string | null;
            contactId: string | null;
            title: string;
            description: string | null;
            /** @enum {string} */
            priority: "low" | "normal" | "high" | "urgent";
            /** @enum {string} */
            status: "open" | "pending" | "resolved" | "closed";
            assigneeId: string | null;
            /** @description Name of the assignee, on reads; null when none or not readable by the viewer */
            assigneeName?: string | null;
            firstResponseAt: string | null;
            resolvedAt: string | null;
            resolvedBy: string | null;
            rating: number | null;
            ratingComment: string | null;
            createdBy: string | null;
            createdAt: string;
            updatedAt: string;
            version: number;
            /** @enum {string} */
            access: "read" | "write";
        };
        TicketReply: {
            id: string;
            ticketId: string;
            authorId: string;
            body: string;
            createdAt: string;
        };
        Feedback: {
            id: string;
            title: string;
            content: string;
            reporterId: string;
            /** @description Name of the reporter, on reads; null when none or not readable by the viewer */
            reporterName?: string | null;
            ticketId: string | null;
            customerId: string | null;
            /** @description Name of the customer, on reads; null when none or not readable by the viewer */
            customerName?: string | null;
            /** @enum {string} */
            status: "new" | "reviewing" | "adopted" | "rejected";
            decidedBy: string | null;
            decidedAt: string | null;
            decisionNote: string | null;
            createdAt: string;
            updatedAt: string;
            version: number;
            /** @enum {string} */
            access: "read" | "write";
        };
        Campaign: {
            id: string;
            name: string;
            channel: string;
            ownerId: string;
            /** @description Name of the owner, on reads; null when none or not readable by the viewer */
            ownerName?: string | null;
            startOn: string;
            endOn: string | null;
            budgetCents: number;
            currency: string;
            /** @enum {string} */
            status: "planned" | "running" | "finished" | "cancelled";
            description: string | null;
            createdBy: string | null;
            createdAt: string;
            updatedAt: string;
            version: number;
            /** @enum {string} */
            access: "read" | "write";
        };
        Opportunity: {
            id: string;
            customerId: string;
            /** @description Name of the customer, on reads; null when none or not readable by the viewer */
            customerName?: string | null;
            name: string;
            amountCents: number;
            currency: string;
            stageId: string;
            /** @enum {string} */
            status: "open" | "won" | "lost";
            expectedCloseOn: string | null;
            closedAt: string | null;
            closeReason: string | null;
            ownerId: string;
            /** @description Name of the owner, on reads; null when none or not readable by the viewer */
            ownerName?: string | null;
            lastTouchedAt: string | null;
            createdBy: string | null;
            createdAt: string;
            updatedAt: string;
            version: number;
            /** @enum {string} */
            access: "read" | "write";
        };
        StageChange: {
            id: string;
            opportunityId: string;
            fromStageId: string | null;
            toStageId: string;
            fromStatus: ("open" | "won" | "lost") | null;
            /** @enum {string} */
            toStatus: "open" | "won" | "lost";
            effectiveAt: string;
            recordedAt: string;
            actorId: string | null;
            ownerId: string;
            reason: string | null;
            timely: boolean;
        };
        Lead: {
            id: string;
            company: string;
            contactName: string | null;
            phone: string | null;
            email: string | null;
            industry: string | null;
            region: string | null;
            requirement: string | null;
            campaignId: string | null;
            sourceUserId: string | null;
            /** @description Name of the source user, on reads; null when none or not readable by the viewer */
            sourceUserName?: string | null;
            ownerId: string | null;
            /** @description Name of the owner, on reads; null when none or not readable by the viewer */
            ownerName?: string | null;
            /** @enum {string} */
            status: "new" | "working" | "converted" | "disqualified";
            disqualifyReason: string | null;
            qualityRating: number | null;
            closedAt: string | null;
            closedBy: string | null;
            customerId: string | null;
            /** @description Name of the customer the lead was converted into, on reads; null when none or not readable by the viewer */
            customerName?: string | null;
            contactId: string | null;
            opportunityId: string | null;
            /** @description Name of the opportunity the lead was converted into, on reads; null when none or not readable by the viewer */
            opportunityName?: string | null;
            createdBy: string | null;
            createdAt: string;
            updatedAt: string;
            version: number;
            /** @enum {string} */
            access: "read" | "write";
        };
        CreatedLead: {
            id: string;
            company: string;
            contactName: string | null;
            phone: string | null;
            email: string | null;
            industry: string | null;
            region: string | null;
            requirement: string | null;
            campaignId: string | null;
            sourceUserId: string | null;
            /** @description Name of the source user, on reads; null when none or not readable by the viewer */
            sourceUserName?: string | null;
            ownerId: string | null;
            /** @description Name of the owner, on reads; null when none or not readable by the viewer */
            ownerName?: string | null;
            /** @enum {string} */
            status: "new" | "working" | "converted" | "disqualified";
            disqualifyReason: string | null;
            qualityRating: number | null;
            closedAt: string | null;
            closedBy: string | null;
            customerId: string | null;
            /** @description Name of the customer the lead was converted into, on reads; null when none or not readable by the viewer */
            customerName?: string | null;
            contactId: string | null;
            opportunityId: string | null;
            /** @description Name of the opportunity the lead was converted into, on reads; null when none or not readable by the viewer */
            opportunityName?: string | null;
            createdBy: string | null;
            createdAt: string;
            updatedAt: string;
            version: number;
            /** @enum {string} */
            access: "read" | "write";
            duplicateHints: ({
                /** @constant */
                visible: true;
                /** @enum {string} */
                entity: "customer" | "lead" | "contact";
                id: string;
                name: string;
                /** @enum {string} */
                matchedBy: "phone" | "email" | "name";
            } | {
                /** @constant */
                visible: false;
                /** @enum {string} */
                entity: "customer" | "lead" | "contact";
                /** @enum {string} */
                matchedBy: "phone" | "email" | "name";
            })[];
        };
        SearchResult: {
            groups: {
                /** @enum {string} */
                type: "customer" | "contact" | "lead" | "opportunity" | "contract" | "ticket";
                items: {
                    id: string;
                    title: string;
                    detail: string | null;
                    link: string;
                }[];
                more: boolean;
            }[];
        };
        BadgeWindow: {
            /** @constant */
            kind: "cycles";
            count: number;
        } | {
            /** @constant */
            kind: "days";
            days: number;
        } | {
            /** @constant */
            kind: "month";
        };
        BadgeRule: {
            metric: string;
            threshold: number;
            window: components["schemas"]["BadgeWindow"];
        };
        Badge: {
            /** @description null for a built-in badge */
            id: string | null;
            key: string;
            nameZh: string;
            nameEn: string;
            rule: components["schemas"]["BadgeRule"];
            builtIn: boolean;
            active: boolean;
            version: number | null;
        };
        RecognitionGrant: {
            id: string;
            /** @enum {string} */
            kind: "award" | "badge";
            /** @description the award (best_crm_user, most_improved) or the badge key */
            key: string;
            userId: string;
            userName: string;
            cycleId: string | null;
            role: string | null;
            departmentId: string | null;
            nameZh: string;
            nameEn: string;
            evidence: {
                /** @constant */
                kind: "award";
                cycleName: string;
                /** @description the total shown (one decimal) */
                total: number;
                previousTotal: number | null;
                gain: number | null;
                /** @description user ids of those the award is shared with (a tie) */
                sharedWith: string[];
                groupSize: number;
                eligible: number;
                /** @description how many in the group could not receive it, by reason */
                excluded: {
                    noTotal: number;
                    fewItemsApplicable: number;
                    openFlags: number;
                };
            } | {
                /** @constant */
                kind: "badge";
                metric: string;
                threshold: number;
                window: components["schemas"]["BadgeWindow"];
                observations: {
                    /** @description a cycle id, or a period as first..last day */
                    occasion: string;
                    value: number | null;
                }[];
            };
            grantedAt: string;
        };
        Leaderboards: {
            /** @description false when the organisation switched leaderboards off */
            enabled: boolean;
            cycle: {
                id: string;
                name: string;
            } | null;
            boards: {
                role: string;
                departmentId: string | null;
                departmentName: string | null;
                /** @description people ranked on the board */
                size: number;
                /** @description the top N; never anyone below it */
                top: {
                    userId: string;
                    name: string;
                    /** @description the total shown (one decimal) */
                    total: number;
                    rank: number;
                }[];
                /** @description your own place, when you are on this board */
                me: {
                    userId: string;
                    name: string;
                    /** @description the total shown (one decimal) */
                    total: number;
                    rank: number;
                } | null;
            }[];
        };
        Target: {
            id: string;
            userId: string;
            metric: string;
            periodStart: string;
            periodEnd: string;
            target: number;
            setBy: string | null;
            version: number;
            updatedAt: string;
        };
        TemplateVersion: {
            id: string;
            templateId: string;
            number: number;
            items: {
                metric: string;
                weight: number;
                floor: number;
                target: number;
                /** @default 120 */
                cap: number;
                /** @default 5 */
                minSample: number;
            }[];
            grades: {
                S: number;
                A: number;
                B: number;
                C: number;
            };
            note: string | null;
            authorId: string | null;
            createdAt: string;
        };
        Template: {
            id: string;
            key: string;
            role: string;
            nameZh: string;
            nameEn: string;
            current: components["schemas"]["TemplateVersion"] | null;
        };
        MetricHealth: {
            participants: number;
            scored: number;
            mean: number | null;
            median: number | null;
            p10: number | null;
            p90: number | null;
            shareAtCap: number | null;
            shareAtZero: number | null;
            shareAtOrAboveTarget: number | null;
            shareReachingHalfway: number | null;
            shareNa: number | null;
            saturated: boolean;
            unreachable: boolean;
            noisy: boolean;
            gamedSuspected: boolean;
        };
        ReviewItem: {
            metric: string;
            nameZh: string;
            nameEn: string;
            weight: number;
            floor: number;
            target: number;
            cap: number;
            health: components["schemas"]["MetricHealth"];
            /** @description data_flag_rate of the people appraised on the item, pooled */
            flagRate: number | null;
            previousFlagRate: number | null;
            feedbackCount: number;
            unfairVotes: number;
        };
        ItemFeedback: {
            id: string;
            cycleId: string;
            userId: string;
            userName: string;
            metric: string;
            unfair: boolean;
            comment: string | null;
            updatedAt: string;
        };
        QuarterlyReview: {
            cycles: {
                id: string;
                name: string;
                firstDay: string;
                lastDay: string;
            }[];
            /** @description the window the gamed? flag compares with */
            previousCycleIds: string[];
            people: number;
            templates: {
                templateId: string;
                key: string;
                role: string;
                nameZh: string;
                nameEn: string;
                items: components["schemas"]["ReviewItem"][];
            }[];
            outcomeLinks: {
                role: string;
                links: {
                    process: string;
                    result: string;
                    people: number;
                    /** @description Spearman's rank correlation; null when undefined */
                    rho: number | null;
                }[];
            }[];
            feedback: components["schemas"]["ItemFeedback"][];
        };
        WhatIf: {
            cycleId: string;
            templateId: string;
            baseVersionId: string;
            baseVersionNumber: number;
            /** @description from the version the cycle used to the proposal */
            changes: {
                metric: string;
                /** @enum {string} */
                change: "added" | "removed" | "changed";
                before: {
                    metric: string;
                    weight: number;
                    floor: number;
                    target: number;
                    /** @default 120 */
                    cap: number;
                    /** @default 5 */
                    minSample: number;
                } | null;
                after: {
                    metric: string;
                    weight: number;
                    floor: number;
                    target: number;
                    /** @default 120 */
                    cap: number;
                    /** @default 5 */
                    minSample: number;
                } | null;
            }[];
            people: {
                userId: string;
                userName: string;
                oldTotal: number | null;
                oldGrade: string | null;
                oldRank: number | null;
                newTotal: number | null;
                newGrade: string | null;
                newRank: number | null;
                change: number | null;
                items: {
                    metric: string;
                    score: number | null;
                }[];
            }[];
            /** @description user ids of the biggest movers, largest change first */
            movers: string[];
        };
        OwnItemFeedback: {
            id: string;
            metric: string;
            unfair: boolean;
            comment: string | null;
            updatedAt: string;
            version: number;
        };
        PipelineStage: {
            id: string;
            nameZh: string;
            nameEn: string;
            sortOrder: number;
            winProbability: number;
            /** @enum {string} */
            kind: "open" | "won" | "lost";
            active: boolean;
            version: number;
            createdAt: string;
            updatedAt: string;
            /** @enum {string} */
            access: "read" | "write";
        };
        PoolSettings: {
            claimCap: number;
            reclaimCooldownDays: number;
            rules: {
                level: ("A" | "B" | "C") | null;
                daysWithoutFollowUp: number | null;
                daysWithoutDeal: number | null;
            }[];
            version: number;
        };
        CustomerDueForReturn: {
            id: string;
            name: string;
            phone: string | null;
            email: string | null;
            industry: string | null;
            source: string | null;
            level: ("A" | "B" | "C") | null;
            /** @enum {string} */
            status: "potential" | "intent" | "deal" | "dormant" | "lost";
            requirement: string | null;
            region: string | null;
            address: string | null;
            ownerId: string | null;
            /** @description Name of the owner, on reads; null when none or not readable by the viewer */
            ownerName?: string | null;
            ownerSince: string | null;
            poolEnteredAt: string | null;
            lastFollowUpAt: string | null;
            createdBy: string | null;
            createdAt: string;
            updatedAt: string;
            version: number;
            /** @enum {string} */
            access: "read" | "write";
            lastDealOn: string | null;
            /** @enum {string} */
            reason: "no_follow_up" | "no_deal";
        };
        /** @description Inclusive org-zone days */
        ReportPeriod: {
            from: string;
            to: string;
        };
        ReportDrill: {
            /** @enum {string} */
            entity: "lead" | "customer" | "opportunity" | "contract" | "payment" | "ticket" | "feedback";
            filter: {
                [key: string]: string;
            };
        };
        FunnelStep: {
            /** @enum {string} */
            key: "leads" | "customers" | "stage" | "won";
            stageId: string | null;
            count: number;
            /** @description count / previous step count */
            conversion: number | null;
            drill: components["schemas"]["ReportDrill"];
        };
        FunnelReport: {
            period: components["schemas"]["ReportPeriod"];
            steps: components["schemas"]["FunnelStep"][];
            /** @description won / leads */
            leadToWon: number | null;
        };
        StageDuration: {
            stageId: string;
            stays: number;
            medianDays: number | null;
            p80Days: number | null;
            bottleneck: boolean;
            drill: components["schemas"]["ReportDrill"];
        };
        StageDurationsReport: {
            period: components["schemas"]["ReportPeriod"];
            stages: components["schemas"]["StageDuration"][];
        };
        ReceivableAgeing: {
            d0_30: number;
            d31_60: number;
            d61_90: number;
            over_90: number;
        };
        SalesRow: {
            id: string | null;
            name: string | null;
            departmentName: string | null;
            wonCents: number;
            wonCount: number;
            wonTargetCents: number | null;
            wonAttainment: number | null;
            collectedCents: number;
            collectionTargetCents: number | null;
            collectionAttainment: number | null;
            receivableCents: number;
            ageing: components["schemas"]["ReceivableAgeing"];
            /** @description null for people in no department, whose records no list filter selects */
            drills: {
                won: components["schemas"]["ReportDrill"];
                collected: components["schemas"]["ReportDrill"];
                receivable: components["schemas"]["ReportDrill"];
                ageing: {
                    d0_30: components["schemas"]["ReportDrill"];
                    d31_60: components["schemas"]["ReportDrill"];
                    d61_90: components["schemas"]["ReportDrill"];
                    over_90: components["schemas"]["ReportDrill"];
                };
            } | null;
        };
        SalesReport: {
            period: components["schemas"]["ReportPeriod"];
            people: components["schemas"]["SalesRow"][];
            teams: components["schemas"]["SalesRow"][];
            total: components["schemas"]["SalesRow"];
        };
        ManagerUse: {
            userId: string;
            name: string;
            departmentName: string | null;
            insightDays: {
                value: number | null;
                numerator: number | null;
                denominator: number | null;
                naReason: ("below_min_sample" | "inactive_most_of_period" | "no_items") | null;
            };
            reviewCoverage: {
                value: number | null;
                numerator: number | null;
                denominator: number | null;
                naReason: ("below_min_sample" | "inactive_most_of_period" | "no_items") | null;
            };
        };
        ReportShare: {
            numerator: number;
            denominator: number;
            /** @description numerator / denominator; null when it is 0 */
            value: number | null;
        };
        AdoptionRow: {
            departmentId: string | null;
            departmentName: string | null;
            from: string;
            to: string;
            members: number;
            activeUsers: number;
            /** @description filled key fields / key fields of the customers owned */
            completeness: components["schemas"]["ReportShare"];
            /** @description timely events / timed events recorded */
            timeliness: components["schemas"]["ReportShare"];
            /** @description valid contact activities that occurred */
            activities: number;
            /** @description records created with an open data-quality flag / records created */
            flags: components["schemas"]["ReportShare"];
        };
        AdoptionReport: {
            period: components["schemas"]["ReportPeriod"];
            /** @enum {string} */
            bucket: "month" | "week";
            buckets: components["schemas"]["ReportPeriod"][];
            /** @description per team and bucket, teams by name, buckets in order */
            teams: components["schemas"]["AdoptionRow"][];
            /** @description everyone counted, per bucket */
            total: components["schemas"]["AdoptionRow"][];
        };
        WinLossRow: {
            key: string | null;
            name: string | null;
            wonCount: number;
            wonCents: number;
            lostCount: number;
            lostCents: number;
            /** @description won / (won + lost), by count */
            winRate: number | null;
            /** @description null for "not set", which no list filter selects */
            drills: {
                won: components["schemas"]["ReportDrill"];
                lost: components["schemas"]["ReportDrill"];
            } | null;
        };
        WinLossReport: {
            period: components["schemas"]["ReportPeriod"];
            byReason: components["schemas"]["WinLossRow"][];
            bySource: components["schemas"]["WinLossRow"][];
            byIndustry: components["schemas"]["WinLossRow"][];
            byPerson: components["schemas"]["WinLossRow"][];
            total: components["schemas"]["WinLossRow"];
        };
        ServiceRow: {
            id: string | null;
            name: string | null;
            departmentName: string | null;
            /** @description tickets created in the period */
            tickets: number;
            /** @description median */
            firstResponseMinutes: number | null;
            resolved: number;
            /** @description median */
            resolutionHours: number | null;
            /** @description rated 4 or 5 / rated, of the tickets resolved */
            csat: components["schemas"]["ReportShare"];
            feedbackAdopted: number;
            /** @description null for people in no department, whose records no list filter selects */
            drills: {
                tickets: components["schemas"]["ReportDrill"];
                resolved: components["schemas"]["ReportDrill"];
                rated: components["schemas"]["ReportDrill"];
                adopted: components["schemas"]["ReportDrill"];
            } | null;
        };
        ServiceReport: {
            period: components["schemas"]["ReportPeriod"];
            agents: components["schemas"]["ServiceRow"][];
            teams: components["schemas"]["ServiceRow"][];
            total: components["schemas"]["ServiceRow"];
        };
        Cockpit: {
            period: components["schemas"]["ReportPeriod"];
            funnel: components["schemas"]["FunnelReport"];
            stageDurations: components["schemas"]["StageDurationsReport"];
            sales: components["schemas"]["SalesRow"];
            /** @description win/loss report's total */
            winLoss: components["schemas"]["WinLossRow"];
            /** @description service report's total */
            service: components["schemas"]["ServiceRow"];
            managers: components["schemas"]["ManagerUse"][];
        };
        TimelineItem: {
            /** @enum {string} */
            kind: "activity" | "stage_change" | "contract" | "payment" | "ticket" | "feedback";
            id: string;
            at: string;
            allDay: boolean;
            title: string;
            summary: string | null;
            actorId: string | null;
            refId: string | null;
            amountCents: number | null;
            currency: string | null;
        };
        Notification: {
            id: string;
            /** @enum {string} */
            kind: "plan_due_soon" | "plan_overdue" | "opportunity_stale" | "quality_flag" | "cycle_self_review" | "cycle_manager_review" | "award" | "badge" | "job_failed" | "weekly_digest";
            /** @description the kind's parameters (a weekly digest's items are a list) */
            params: {
                [key: string]: unknown;
            };
            /** @description worded in the request's language */
            title: string;
            body: string;
            link: string | null;
            readAt: string | null;
            createdAt: string;
        };
        NotificationDelivery: {
            id: string;
            notificationId: string;
            kind: string;
            recipientId: string;
            /** @enum {string} */
            channel: "wecom" | "dingtalk" | "webhook" | "email";
            /** @enum {string} */
            status: "pending" | "sent" | "failed";
            attempts: number;
            nextAttemptAt: string | null;
            /** @description secrets removed */
            lastError: string | null;
            sentAt: string | null;
            createdAt: string;
            updatedAt: string;
        };
        UserPage: {
            items: components["schemas"]["User"][];
            /** @description How many rows match; record lists count up to 10,000 (see totalCapped) */
            total: number;
            /** @description true when more rows match than `total` (the count stopped at its cap) */
            totalCapped: boolean;
            page: number;
            pageSize: number;
        };
        CustomerPage: {
            items: components["schemas"]["Customer"][];
            /** @description How many rows match; record lists count up to 10,000 (see totalCapped) */
            total: number;
            /** @description true when more rows match than `total` (the count stopped at its cap) */
            totalCapped: boolean;
            page: number;
            pageSize: number;
        };
        ProductPage: {
            items: components["schemas"]["Product"][];
            /** @description How many rows match; record lists count up to 10,000 (see totalCapped) */
            total: number;
            /** @description true when more rows match than `total` (the count stopped at its cap) */
            totalCapped: boolean;
            page: number;
            pageSize: number;
        };
        ContractPage: {
            items: components["schemas"]["Contract"][];
            /** @description How many rows match; record lists count up to 10,000 (see totalCapped) */
            total: number;
            /** @description true when more rows match than `total` (the count stopped at its cap) */
            totalCapped: boolean;
            page: number;
            pageSize: number;
        };
        PaymentPlanPage: {
            items: components["schemas"]["PaymentPlan"][];
            /** @description How many rows match; record lists count up to 10,000 (see totalCapped) */
            total: number;
            /** @description true when more rows match than `total` (the count stopped at its cap) */
            totalCapped: boolean;
            page: number;
            pageSize: number;
        };
        PaymentPage: {
            items: components["schemas"]["Payment"][];
            /** @description How many rows match; record lists count up to 10,000 (see totalCapped) */
            total: number;
            /** @description true when more rows match than `total` (the count stopped at its cap) */
            totalCapped: boolean;
            page: number;
            pageSize: number;
        };
        TicketPage: {
            items: components["schemas"]["Ticket"][];
            /** @description How many rows match; record lists count up to 10,000 (see totalCapped) */
            total: number;
            /** @description true when more rows match than `total` (the count stopped at its cap) */
            totalCapped: boolean;
            page: number;
            pageSize: number;
        };
        TicketReplyPage: {
            items: components["schemas"]["TicketReply"][];
            /** @description How many rows match; record lists count up to 10,000 (see totalCapped) */
            total: number;
            /** @description true when more rows match than `total` (the count stopped at its cap) */
            totalCapped: boolean;
            page: number;
            pageSize: number;
        };
        FeedbackPage: {
            items: components["schemas"]["Feedback"][];
            /** @description How many rows match; record lists count up to 10,000 (see totalCapped) */
            total: number;
            /** @description true when more rows match than `total` (the count stopped at its cap) */
            totalCapped: boolean;
            page: number;
            pageSize: number;
        };
        CampaignPage: {
            items: components["schemas"]["Campaign"][];
            /** @description How many rows match; record lists count up to 10,000 (see totalCapped) */
            total: number;
            /** @description true when more rows match than `total` (the count stopped at its cap) */
            totalCapped: boolean;
            page: number;
            pageSize: number;
        };
        ContactPage: {
            items: components["schemas"]["Contact"][];
            /** @description How many rows match; record lists count up to 10,000 (see totalCapped) */
            total: number;
            /** @description true when more rows match than `total` (the count stopped at its cap) */
            totalCapped: boolean;
            page: number;
            pageSize: number;
        };
        OpportunityPage: {
            items: components["schemas"]["Opportunity"][];
            /** @description How many rows match; record lists count up to 10,000 (see totalCapped) */
            total: number;
            /** @description true when more rows match than `total` (the count stopped at its cap) */
            totalCapped: boolean;
            page: number;
            pageSize: number;
        };
        StageChangePage: {
            items: components["schemas"]["StageChange"][];
            /** @description How many rows match; record lists count up to 10,000 (see totalCapped) */
            total: number;
            /** @description true when more rows match than `total` (the count stopped at its cap) */
            totalCapped: boolean;
            page: number;
            pageSize: number;
        };
        LeadPage: {
            items: components["schemas"]["Lead"][];
            /** @description How many rows match; record lists count up to 10,000 (see totalCapped) */
            total: number;
            /** @description true when more rows match than `total` (the count stopped at its cap) */
            totalCapped: boolean;
            page: number;
            pageSize: number;
        };
        ActivityPage: {
            items: components["schemas"]["Activity"][];
            /** @description How many rows match; record lists count up to 10,000 (see totalCapped) */
            total: number;
            /** @description true when more rows match than `total` (the count stopped at its cap) */
            totalCapped: boolean;
            page: number;
            pageSize: number;
        };
        PlanPage: {
            items: components["schemas"]["Plan"][];
            /** @description How many rows match; record lists count up to 10,000 (see totalCapped) */
            total: number;
            /** @description true when more rows match than `total` (the count stopped at its cap) */
            totalCapped: boolean;
            page: number;
            pageSize: number;
        };
        TimelineItemPage: {
            items: components["schemas"]["TimelineItem"][];
            /** @description How many rows match; record lists count up to 10,000 (see totalCapped) */
            total: number;
            /** @description true when more rows match than `total` (the count stopped at its cap) */
            totalCapped: boolean;
            page: number;
            pageSize: number;
        };
        CustomerDueForReturnPage: {
            items: components["schemas"]["CustomerDueForReturn"][];
            /** @description How many rows match; record lists count up to 10,000 (see totalCapped) */
            total: number;
            /** @description true when more rows match than `total` (the count stopped at its cap) */
            totalCapped: boolean;
            page: number;
            pageSize: number;
        };
        CyclePage: {
            items: components["schemas"]["Cycle"][];
            /** @description How many rows match; record lists count up to 10,000 (see totalCapped) */
            total: number;
            /** @description true when more rows match than `total` (the count stopped at its cap) */
            totalCapped: boolean;
            page: number;
            pageSize: number;
        };
        CycleResultSummaryPage: {
            items: components["schemas"]["CycleResultSummary"][];
            /** @description How many rows match; record lists count up to 10,000 (see totalCapped) */
            total: number;
            /** @description true when more rows match than `total` (the count stopped at its cap) */
            totalCapped: boolean;
            page: number;
            pageSize: number;
        };
        QualityFlagPage: {
            items: components["schemas"]["QualityFlag"][];
            /** @description How many rows match; record lists count up to 10,000 (see totalCapped) */
            total: number;
            /** @description true when more rows match than `total` (the count stopped at its cap) */
            totalCapped: boolean;
            page: number;
            pageSize: number;
        };
        NotificationDeliveryPage: {
            items: components["schemas"]["NotificationDelivery"][];
            /** @description How many rows match; record lists count up to 10,000 (see totalCapped) */
            total: number;
            /** @description true when more rows match than `total` (the count stopped at its cap) */
            totalCapped: boolean;
            page: number;
            pageSize: number;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    logIn: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    email: string;
                    password: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        user: components["schemas"]["SignedInUser"];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    logOut: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    getSession: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        user: components["schemas"]["SignedInUser"] | null;
                    };
                };
            };
        };
    };
    getCurrentUser: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        user: components["schemas"]["SignedInUser"];
                        fieldAccess: components["schemas"]["FieldView"];
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    changePassword: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    currentPassword: string;
                    newPassword: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    listApiTokens: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["ApiToken"][];
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    createApiToken: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                    expiresAt?: string | null;
                    /**
                     * @default write
                     * @enum {string}
                     */
                    scope?: "read" | "write";
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatedApiToken"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    revokeApiToken: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    listUsers: {
        parameters: {
            query?: {
                /** @description 1-based page number */
                page?: number;
                pageSize?: number;
                order?: "asc" | "desc";
                q?: string;
                departmentId?: string;
                role?: "admin" | "executive" | "manager" | "sales" | "service" | "marketing" | "product" | "hr";
                active?: "true" | "false";
                sort?: "name" | "email" | "createdAt";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserPage"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    createUser: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                    /** Format: email */
                    email: string;
                    password: string;
                    roles: ("admin" | "executive" | "manager" | "sales" | "service" | "marketing" | "product" | "hr")[];
                    departmentId?: string | null;
                    managerId?: string | null;
                    locale?: ("zh-CN" | "en") | null;
                    joinedOn?: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["User"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    getUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["User"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    updateUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    version: number;
                    name?: string;
                    /** Format: email */
                    email?: string;
                    roles?: ("admin" | "executive" | "manager" | "sales" | "service" | "marketing" | "product" | "hr")[];
                    departmentId?: string | null;
                    managerId?: string | null;
                    active?: boolean;
                    locale?: ("zh-CN" | "en") | null;
                    joinedOn?: string | null;
                    leftOn?: string | null;
                    password?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["User"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    listUserHistory: {
        parameters: {
            query?: {
                /** @description 1-based page number */
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HistoryEntryPage"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    listDepartments: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Department"][];
                        total: number;
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    createDepartment: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                    parentId?: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Department"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    deleteDepartment: {
        parameters: {
            query: {
                version: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    updateDepartment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    version: number;
                    name?: string;
                    parentId?: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Department"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    listDepartmentHistory: {
        parameters: {
            query?: {
                /** @description 1-based page number */
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HistoryEntryPage"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    listRoles: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Role"][];
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    updateRoleScope: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                key: "admin" | "executive" | "manager" | "sales" | "service" | "marketing" | "product" | "hr";
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    dataScope: "self" | "self_and_reports" | "department" | "department_tree" | "all";
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Role"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    listRoleHistory: {
        parameters: {
            query?: {
                /** @description 1-based page number */
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HistoryEntryPage"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    listCustomers: {
        parameters: {
            query?: {
                /** @description 1-based page number */
                page?: number;
                pageSize?: number;
                order?: "asc" | "desc";
                /** @description matches name, phone or e-mail */
                q?: string;
                ownerId?: string;
                /** @description owner's department */
                departmentId?: string;
                status?: "potential" | "intent" | "deal" | "dormant" | "lost";
                level?: "A" | "B" | "C";
                industry?: string;
                region?: string;
                createdFrom?: string;
                /** @description inclusive */
                createdTo?: string;
                updatedFrom?: string;
                updatedTo?: string;
                missing?: "phone" | "email" | "industry" | "source" | "requirement" | "region" | "level";
                sort?: "name" | "createdAt" | "updatedAt" | "lastFollowUpAt" | "level";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CustomerPage"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    createCustomer: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                    phone?: string | null;
                    email?: string | null;
                    industry?: string | null;
                    source?: string | null;
                    level?: ("A" | "B" | "C") | null;
                    requirement?: string | null;
                    region?: string | null;
                    address?: string | null;
                    /**
                     * @default potential
                     * @enum {string}
                     */
                    status?: "potential" | "intent" | "deal" | "dormant" | "lost";
                    ownerId?: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatedCustomer"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    getCustomer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Customer"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    deleteCustomer: {
        parameters: {
            query: {
                version: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    updateCustomer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    version: number;
                    name?: string;
                    phone?: string | null;
                    email?: string | null;
                    industry?: string | null;
                    source?: string | null;
                    level?: ("A" | "B" | "C") | null;
                    requirement?: string | null;
                    region?: string | null;
                    address?: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Customer"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    changeCustomerStatus: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    version: number;
                    /** @enum {string} */
                    status: "potential" | "intent" | "deal" | "dormant" | "lost";
                    /** Format: date-time */
                    effectiveAt?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Customer"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    exportCustomers: {
        parameters: {
            query?: {
                order?: "asc" | "desc";
                /** @description matches name, phone or e-mail */
                q?: string;
                ownerId?: string;
                /** @description owner's department */
                departmentId?: string;
                status?: "potential" | "intent" | "deal" | "dormant" | "lost";
                level?: "A" | "B" | "C";
                industry?: string;
                region?: string;
                createdFrom?: string;
                /** @description inclusive */
                createdTo?: string;
                updatedFrom?: string;
                updatedTo?: string;
                missing?: "phone" | "email" | "industry" | "source" | "requirement" | "region" | "level";
                sort?: "name" | "createdAt" | "updatedAt" | "lastFollowUpAt" | "level";
                format?: "xlsx" | "csv";
                /** @description of the headers and choice values; defaults to Accept-Language */
                language?: "en" | "zh-CN";
                /** @description comma-separated, in order, among: name, status, level, owner, poolEnteredAt, industry, region, phone, email, source, requirement, address, lastFollowUpAt, createdAt, updatedAt; all when left out */
                columns?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the file (XLSX or CSV) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    listCustomerHistory: {
        parameters: {
            query?: {
                /** @description 1-based page number */
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HistoryEntryPage"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    listProducts: {
        parameters: {
            query?: {
                /** @description 1-based page number */
                page?: number;
                pageSize?: number;
                order?: "asc" | "desc";
                /** @description matches name or code */
                q?: string;
                active?: "true" | "false";
                sort?: "name" | "code" | "unitPriceCents" | "createdAt" | "updatedAt";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProductPage"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    createProduct: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                    code?: string | null;
                    unitPriceCents: number;
                    /** @default CNY */
                    currency?: string;
                    /** @default true */
                    active?: boolean;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Product"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    getProduct: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Product"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    deleteProduct: {
        parameters: {
            query: {
                version: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    updateProduct: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    version: number;
                    name?: string;
                    code?: string | null;
                    unitPriceCents?: number;
                    currency?: string;
                    active?: boolean;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Product"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    listProductHistory: {
        parameters: {
            query?: {
                /** @description 1-based page number */
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HistoryEntryPage"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    listContracts: {
        parameters: {
            query?: {
                /** @description 1-based page number */
                page?: number;
                pageSize?: number;
                order?: "asc" | "desc";
                /** @description matches number or title */
                q?: string;
                ownerId?: string;
                /** @description owner's department */
                departmentId?: string;
                customerId?: string;
                signedFrom?: string;
                /** @description inclusive */
                signedTo?: string;
                endFrom?: string;
                /** @description inclusive */
                endTo?: string;
                /** @description true: only renewals; false: only new business */
                renewal?: "true" | "false";
                /** @description signed by this day and not fully paid by it (receivables) */
                unpaidOn?: string;
                sort?: "signedOn" | "endOn" | "amountCents" | "number" | "createdAt" | "updatedAt";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContractPage"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    createContract: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    customerId: string;
                    opportunityId?: string | null;
                    number: string;
                    title: string;
                    amountCents: number;
                    /** Format: date */
                    signedOn: string;
                    startOn?: string | null;
                    endOn?: string | null;
                    renewalOf?: string | null;
                    ownerId?: string;
                    /** @default CNY */
                    currency?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Contract"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    getContract: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Contract"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    deleteContract: {
        parameters: {
            query: {
                version: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    updateContract: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    version: number;
                    opportunityId?: string | null;
                    number?: string;
                    title?: string;
                    amountCents?: number;
                    /** Format: date */
                    signedOn?: string;
                    startOn?: string | null;
                    endOn?: string | null;
                    renewalOf?: string | null;
                    ownerId?: string;
                    currency?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Contract"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    exportContracts: {
        parameters: {
            query?: {
                order?: "asc" | "desc";
                /** @description matches number or title */
                q?: string;
                ownerId?: string;
                /** @description owner's department */
                departmentId?: string;
                customerId?: string;
                signedFrom?: string;
                /** @description inclusive */
                signedTo?: string;
                endFrom?: string;
                /** @description inclusive */
                endTo?: string;
                /** @description true: only renewals; false: only new business */
                renewal?: "true" | "false";
                /** @description signed by this day and not fully paid by it (receivables) */
                unpaidOn?: string;
                sort?: "signedOn" | "endOn" | "amountCents" | "number" | "createdAt" | "updatedAt";
                format?: "xlsx" | "csv";
                /** @description of the headers and choice values; defaults to Accept-Language */
                language?: "en" | "zh-CN";
                /** @description comma-separated, in order, among: number, title, customer, amount, currency, collected, balance, signedOn, startOn, endOn, fullyPaidOn, renewal, owner, createdAt; all when left out */
                columns?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the file (XLSX or CSV) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    listContractHistory: {
        parameters: {
            query?: {
                /** @description 1-based page number */
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HistoryEntryPage"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    listContractPaymentPlans: {
        parameters: {
            query?: {
                /** @description 1-based page number */
                page?: number;
                pageSize?: number;
                order?: "asc" | "desc";
                sort?: "dueOn" | "amountCents" | "createdAt";
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaymentPlanPage"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    createPaymentPlan: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: date */
                    dueOn: string;
                    amountCents: number;
                    note?: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaymentPlan"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    getPaymentPlan: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaymentPlan"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    deletePaymentPlan: {
        parameters: {
            query: {
                version: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    updatePaymentPlan: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    version: number;
                    /** Format: date */
                    dueOn?: string;
                    amountCents?: number;
                    note?: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaymentPlan"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    listPayments: {
        parameters: {
            query?: {
                /** @description 1-based page number */
                page?: number;
                pageSize?: number;
                order?: "asc" | "desc";
                contractId?: string;
                customerId?: string;
                /** @description the contract's owner */
                ownerId?: string;
                /** @description contract owner's department */
                departmentId?: string;
                receivedFrom?: string;
                /** @description inclusive */
                receivedTo?: string;
                sort?: "receivedOn" | "amountCents" | "recordedAt";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaymentPage"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    exportPayments: {
        parameters: {
            query?: {
                order?: "asc" | "desc";
                contractId?: string;
                customerId?: string;
                /** @description the contract's owner */
                ownerId?: string;
                /** @description contract owner's department */
                departmentId?: string;
                receivedFrom?: string;
                /** @description inclusive */
                receivedTo?: string;
                sort?: "receivedOn" | "amountCents" | "recordedAt";
                format?: "xlsx" | "csv";
                /** @description of the headers and choice values; defaults to Accept-Language */
                language?: "en" | "zh-CN";
                /** @description comma-separated, in order, among: receivedOn, amount, currency, contract, customer, method, owner, recordedAt; all when left out */
                columns?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the file (XLSX or CSV) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    listContractPayments: {
        parameters: {
            query?: {
                /** @description 1-based page number */
                page?: number;
                pageSize?: number;
                order?: "asc" | "desc";
                sort?: "receivedOn" | "amountCents" | "recordedAt";
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaymentPage"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    createPayment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    planId?: string | null;
                    amountCents: number;
                    /** Format: date */
                    receivedOn: string;
                    method?: string | null;
                    /** @default false */
                    allowOverpayment?: boolean;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Payment"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    getPayment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Payment"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    deletePayment: {
        parameters: {
            query: {
                version: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    updatePayment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    version: number;
                    planId?: string | null;
                    amountCents?: number;
                    /** Format: date */
                    receivedOn?: string;
                    method?: string | null;
                    /** @default false */
                    allowOverpayment?: boolean;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Payment"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    listPaymentPlanHistory: {
        parameters: {
            query?: {
                /** @description 1-based page number */
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HistoryEntryPage"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    listPaymentHistory: {
        parameters: {
            query?: {
                /** @description 1-based page number */
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HistoryEntryPage"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    listTickets: {
        parameters: {
            query?: {
                /** @description 1-based page number */
                page?: number;
                pageSize?: number;
                order?: "asc" | "desc";
                /** @description matches the title */
                q?: string;
                status?: "open" | "pending" | "resolved" | "closed";
                priority?: "low" | "normal" | "high" | "urgent";
                assigneeId?: string;
                /** @description assignee's department */
                departmentId?: string;
                customerId?: string;
                unassigned?: "true" | "false";
                createdFrom?: string;
                /** @description inclusive */
                createdTo?: string;
                resolvedFrom?: string;
                /** @description inclusive */
                resolvedTo?: string;
                /** @description has a 1–5 rating (true) or none (false) */
                rated?: "true" | "false";
                sort?: "createdAt" | "updatedAt" | "priority" | "status" | "resolvedAt";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TicketPage"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    createTicket: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    customerId?: string | null;
                    contactId?: string | null;
                    title: string;
                    description?: string | null;
                    /**
                     * @default normal
                     * @enum {string}
                     */
                    priority?: "low" | "normal" | "high" | "urgent";
                    assigneeId?: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Ticket"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    getTicket: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Ticket"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    deleteTicket: {
        parameters: {
            query: {
                version: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    updateTicket: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    version: number;
                    customerId?: string | null;
                    contactId?: string | null;
                    title?: string;
                    description?: string | null;
                    /** @enum {string} */
                    priority?: "low" | "normal" | "high" | "urgent";
                    assigneeId?: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Ticket"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    changeTicketStatus: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    version: number;
                    /** @enum {string} */
                    status: "open" | "pending" | "closed";
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Ticket"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    resolveTicket: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    version: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Ticket"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    rateTicket: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    rating: number;
                    comment?: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Ticket"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    listTicketReplies: {
        parameters: {
            query?: {
                /** @description 1-based page number */
                page?: number;
                pageSize?: number;
                order?: "asc" | "desc";
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TicketReplyPage"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    replyToTicket: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    body: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TicketReply"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    exportTickets: {
        parameters: {
            query?: {
                order?: "asc" | "desc";
                /** @description matches the title */
                q?: string;
                status?: "open" | "pending" | "resolved" | "closed";
                priority?: "low" | "normal" | "high" | "urgent";
                assigneeId?: string;
                /** @description assignee's department */
                departmentId?: string;
                customerId?: string;
                unassigned?: "true" | "false";
                createdFrom?: string;
                /** @description inclusive */
                createdTo?: string;
                resolvedFrom?: string;
                /** @description inclusive */
                resolvedTo?: string;
                /** @description has a 1–5 rating (true) or none (false) */
                rated?: "true" | "false";
                sort?: "createdAt" | "updatedAt" | "priority" | "status" | "resolvedAt";
                format?: "xlsx" | "csv";
                /** @description of the headers and choice values; defaults to Accept-Language */
                language?: "en" | "zh-CN";
                /** @description comma-separated, in order, among: title, customer, priority, status, assignee, createdAt, firstResponseAt, resolvedAt, rating, description; all when left out */
                columns?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the file (XLSX or CSV) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    listTicketHistory: {
        parameters: {
            query?: {
                /** @description 1-based page number */
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HistoryEntryPage"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    listFeedback: {
        parameters: {
            query?: {
                /** @description 1-based page number */
                page?: number;
                pageSize?: number;
                order?: "asc" | "desc";
                /** @description matches the title */
                q?: string;
                status?: "new" | "reviewing" | "adopted" | "rejected";
                reporterId?: string;
                /** @description reporter's department */
                departmentId?: string;
                customerId?: string;
                ticketId?: string;
                decidedBy?: string;
                createdFrom?: string;
                /** @description inclusive */
                createdTo?: string;
                decidedFrom?: string;
                /** @description inclusive */
                decidedTo?: string;
                sort?: "createdAt" | "updatedAt" | "decidedAt" | "status";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FeedbackPage"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    createFeedback: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    title: string;
                    content: string;
                    ticketId?: string | null;
                    customerId?: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Feedback"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    getFeedback: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Feedback"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    deleteFeedback: {
        parameters: {
            query: {
                version: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    updateFeedback: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    version: number;
                    title?: string;
                    content?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Feedback"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    startFeedbackReview: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    version: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Feedback"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    decideFeedback: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    version: number;
                    /** @enum {string} */
                    status: "adopted" | "rejected";
                    note?: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Feedback"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    listFeedbackHistory: {
        parameters: {
            query?: {
                /** @description 1-based page number */
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HistoryEntryPage"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    listCampaigns: {
        parameters: {
            query?: {
                /** @description 1-based page number */
                page?: number;
                pageSize?: number;
                order?: "asc" | "desc";
                /** @description matches the name */
                q?: string;
                channel?: "exhibition" | "online_ads" | "webinar" | "content" | "referral" | "email" | "other";
                status?: "planned" | "running" | "finished" | "cancelled";
                ownerId?: string;
                /** @description owner's department */
                departmentId?: string;
                startFrom?: string;
                /** @description inclusive */
                startTo?: string;
                sort?: "name" | "startOn" | "endOn" | "budgetCents" | "createdAt" | "updatedAt";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CampaignPage"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    createCampaign: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                    /** @enum {string} */
                    channel: "exhibition" | "online_ads" | "webinar" | "content" | "referral" | "email" | "other";
                    ownerId?: string;
                    /** Format: date */
                    startOn: string;
                    endOn?: string | null;
                    /** @default 0 */
                    budgetCents?: number;
                    /**
                     * @default planned
                     * @enum {string}
                     */
                    status?: "planned" | "running" | "finished" | "cancelled";
                    description?: string | null;
                    /** @default CNY */
                    currency?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Campaign"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    getCampaign: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Campaign"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    deleteCampaign: {
        parameters: {
            query: {
                version: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    updateCampaign: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    version: number;
                    name?: string;
                    /** @enum {string} */
                    channel?: "exhibition" | "online_ads" | "webinar" | "content" | "referral" | "email" | "other";
                    ownerId?: string;
                    /** Format: date */
                    startOn?: string;
                    endOn?: string | null;
                    budgetCents?: number;
                    /** @enum {string} */
                    status?: "planned" | "running" | "finished" | "cancelled";
                    description?: string | null;
                    currency?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Campaign"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    listCampaignHistory: {
        parameters: {
            query?: {
                /** @description 1-based page number */
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HistoryEntryPage"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    listContacts: {
        parameters: {
            query?: {
                /** @description 1-based page number */
                page?: number;
                pageSize?: number;
                order?: "asc" | "desc";
                customerId?: string;
                /** @description matches name, phone or e-mail */
                q?: string;
                sort?: "name" | "createdAt" | "updatedAt";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContactPage"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    createContact: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    customerId: string;
                    name: string;
                    title?: string | null;
                    phone?: string | null;
                    email?: string | null;
                    isPrimary?: boolean;
                    note?: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Contact"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    getContact: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Contact"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    deleteContact: {
        parameters: {
            query: {
                version: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    updateContact: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    version: number;
                    name?: string;
                    title?: string | null;
                    phone?: string | null;
                    email?: string | null;
                    isPrimary?: boolean;
                    note?: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Contact"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    exportContacts: {
        parameters: {
            query?: {
                order?: "asc" | "desc";
                customerId?: string;
                /** @description matches name, phone or e-mail */
                q?: string;
                sort?: "name" | "createdAt" | "updatedAt";
                format?: "xlsx" | "csv";
                /** @description of the headers and choice values; defaults to Accept-Language */
                language?: "en" | "zh-CN";
                /** @description comma-separated, in order, among: name, customer, title, phone, email, isPrimary, note, createdAt, updatedAt; all when left out */
                columns?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the file (XLSX or CSV) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    listContactHistory: {
        parameters: {
            query?: {
                /** @description 1-based page number */
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HistoryEntryPage"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    listImports: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            id: string;
                            /** @enum {string} */
                            entity: "customer" | "contact" | "lead" | "opportunity" | "activity" | "contract" | "payment" | "target";
                            source: string;
                            fileName: string;
                            /** @enum {string} */
                            status: "uploaded" | "checked" | "committing" | "done" | "failed";
                            headerRow: number | null;
                            headers: string[];
                            mapping: (string | null)[];
                            fields: {
                                key: string;
                                required: boolean;
                            }[];
                            missingRequired: string[];
                            rowsTotal: number | null;
                            rowsInvalid: number | null;
                            rowsSkipped: number | null;
                            rowsDone: number;
                            rowsCreated: number;
                            rowsUnchanged: number;
                            rowsFailed: number;
                            progress: number | null;
                            failure: string | null;
                            createdAt: string;
                            finishedAt: string | null;
                        }[];
                        entities: ("customer" | "contact" | "lead" | "opportunity" | "activity" | "contract" | "payment" | "target")[];
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    getImport: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        /** @enum {string} */
                        entity: "customer" | "contact" | "lead" | "opportunity" | "activity" | "contract" | "payment" | "target";
                        source: string;
                        fileName: string;
                        /** @enum {string} */
                        status: "uploaded" | "checked" | "committing" | "done" | "failed";
                        headerRow: number | null;
                        headers: string[];
                        mapping: (string | null)[];
                        fields: {
                            key: string;
                            required: boolean;
                        }[];
                        missingRequired: string[];
                        rowsTotal: number | null;
                        rowsInvalid: number | null;
                        rowsSkipped: number | null;
                        rowsDone: number;
                        rowsCreated: number;
                        rowsUnchanged: number;
                        rowsFailed: number;
                        progress: number | null;
                        failure: string | null;
                        createdAt: string;
                        finishedAt: string | null;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    replaceImportMapping: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    columns: {
                        [key: string]: string | null;
                    };
                    /** @default false */
                    save?: boolean;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        /** @enum {string} */
                        entity: "customer" | "contact" | "lead" | "opportunity" | "activity" | "contract" | "payment" | "target";
                        source: string;
                        fileName: string;
                        /** @enum {string} */
                        status: "uploaded" | "checked" | "committing" | "done" | "failed";
                        headerRow: number | null;
                        headers: string[];
                        mapping: (string | null)[];
                        fields: {
                            key: string;
                            required: boolean;
                        }[];
                        missingRequired: string[];
                        rowsTotal: number | null;
                        rowsInvalid: number | null;
                        rowsSkipped: number | null;
                        rowsDone: number;
                        rowsCreated: number;
                        rowsUnchanged: number;
                        rowsFailed: number;
                        progress: number | null;
                        failure: string | null;
                        createdAt: string;
                        finishedAt: string | null;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    dryRunImport: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        rows: number;
                        valid: number;
                        invalid: number;
                        skipped: number;
                        existing: number;
                        errors: {
                            row: number;
                            column: string;
                            /** @enum {string} */
                            code: "import_header_not_found" | "import_required_column_missing" | "import_required_missing" | "import_text_too_long" | "import_choice_unknown" | "import_date_invalid" | "import_date_out_of_range" | "import_date_in_future" | "import_amount_invalid" | "import_amount_negative" | "import_amount_too_precise" | "import_amount_too_large" | "import_number_invalid" | "import_email_invalid" | "import_phone_scientific" | "import_owner_unknown" | "import_owner_ambiguous" | "import_reference_unknown" | "import_reference_ambiguous" | "import_row_invalid" | "import_close_day_missing" | "import_closed_before_created" | "import_contract_number_taken" | "import_target_own" | "import_target_outside_unit_range" | "import_target_on_wrong_side_of_floor" | "import_target_equals_floor";
                            params: {
                                [key: string]: string | number;
                            };
                            message: string;
                        }[];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    commitImport: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        /** @enum {string} */
                        entity: "customer" | "contact" | "lead" | "opportunity" | "activity" | "contract" | "payment" | "target";
                        source: string;
                        fileName: string;
                        /** @enum {string} */
                        status: "uploaded" | "checked" | "committing" | "done" | "failed";
                        headerRow: number | null;
                        headers: string[];
                        mapping: (string | null)[];
                        fields: {
                            key: string;
                            required: boolean;
                        }[];
                        missingRequired: string[];
                        rowsTotal: number | null;
                        rowsInvalid: number | null;
                        rowsSkipped: number | null;
                        rowsDone: number;
                        rowsCreated: number;
                        rowsUnchanged: number;
                        rowsFailed: number;
                        progress: number | null;
                        failure: string | null;
                        createdAt: string;
                        finishedAt: string | null;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    getImportErrorReport: {
        parameters: {
            query?: {
                /** @description of the headers and messages; defaults to Accept-Language */
                language?: "en" | "zh-CN";
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description CSV text (text/csv): row, column, error, code */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    listPipelineStages: {
        parameters: {
            query?: {
                includeInactive?: "true" | "false";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["PipelineStage"][];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    createPipelineStage: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    nameZh: string;
                    nameEn: string;
                    sortOrder: number;
                    winProbability: number;
                    /** @enum {string} */
                    kind: "open" | "won" | "lost";
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PipelineStage"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    updatePipelineStage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    version: number;
                    nameZh?: string;
                    nameEn?: string;
                    sortOrder?: number;
                    winProbability?: number;
                    /** @enum {string} */
                    kind?: "open" | "won" | "lost";
                    active?: boolean;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PipelineStage"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    listPipelineStageHistory: {
        parameters: {
            query?: {
                /** @description 1-based page number */
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HistoryEntryPage"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    listOpportunities: {
        parameters: {
            query?: {
                /** @description 1-based page number */
                page?: number;
                pageSize?: number;
                order?: "asc" | "desc";
                /** @description matches the name */
                q?: string;
                customerId?: string;
                ownerId?: string;
                /** @description owner's department */
                departmentId?: string;
                status?: "open" | "won" | "lost";
                stageId?: string;
                createdFrom?: string;
                /** @description inclusive */
                createdTo?: string;
                closedFrom?: string;
                /** @description inclusive */
                closedTo?: string;
                expectedCloseFrom?: string;
                /** @description inclusive */
                expectedCloseTo?: string;
                /** @description reached this open stage, a later open one or a won one (sales funnel step) */
                reachedStageId?: string;
                /** @description left this stage (with leftFrom/leftTo: in those days) */
                leftStageId?: string;
                /** @description closed with exactly this reason */
                closeReason?: string;
                /** @description the customer's source, exactly */
                customerSource?: string;
                /** @description the customer's industry, exactly */
                customerIndustry?: string;
                leftFrom?: string;
                /** @description inclusive */
                leftTo?: string;
                sort?: "name" | "amountCents" | "createdAt" | "updatedAt" | "expectedCloseOn" | "closedAt";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OpportunityPage"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    createOpportunity: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                    amountCents: number;
                    /** @default CNY */
                    currency?: string;
                    stageId?: string;
                    expectedCloseOn?: string | null;
                    customerId: string;
                    ownerId?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Opportunity"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    getOpportunity: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Opportunity"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    deleteOpportunity: {
        parameters: {
            query: {
                version: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    updateOpportunity: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    version: number;
                    name?: string;
                    amountCents?: number;
                    currency?: string;
                    expectedCloseOn?: string | null;
                    ownerId?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Opportunity"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    moveOpportunityStage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    version: number;
                    stageId: string;
                    /** Format: date-time */
                    effectiveAt?: string;
                    reason?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Opportunity"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    listOpportunityStageChanges: {
        parameters: {
            query?: {
                /** @description 1-based page number */
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StageChangePage"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    exportOpportunities: {
        parameters: {
            query?: {
                order?: "asc" | "desc";
                /** @description matches the name */
                q?: string;
                customerId?: string;
                ownerId?: string;
                /** @description owner's department */
                departmentId?: string;
                status?: "open" | "won" | "lost";
                stageId?: string;
                createdFrom?: string;
                /** @description inclusive */
                createdTo?: string;
                closedFrom?: string;
                /** @description inclusive */
                closedTo?: string;
                expectedCloseFrom?: string;
                /** @description inclusive */
                expectedCloseTo?: string;
                /** @description reached this open stage, a later open one or a won one (sales funnel step) */
                reachedStageId?: string;
                /** @description left this stage (with leftFrom/leftTo: in those days) */
                leftStageId?: string;
                /** @description closed with exactly this reason */
                closeReason?: string;
                /** @description the customer's source, exactly */
                customerSource?: string;
                /** @description the customer's industry, exactly */
                customerIndustry?: string;
                leftFrom?: string;
                /** @description inclusive */
                leftTo?: string;
                sort?: "name" | "amountCents" | "createdAt" | "updatedAt" | "expectedCloseOn" | "closedAt";
                format?: "xlsx" | "csv";
                /** @description of the headers and choice values; defaults to Accept-Language */
                language?: "en" | "zh-CN";
                /** @description comma-separated, in order, among: name, customer, amount, currency, stage, status, owner, expectedCloseOn, closedAt, createdAt, updatedAt; all when left out */
                columns?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the file (XLSX or CSV) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    listOpportunityHistory: {
        parameters: {
            query?: {
                /** @description 1-based page number */
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HistoryEntryPage"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    listLeads: {
        parameters: {
            query?: {
                /** @description 1-based page number */
                page?: number;
                pageSize?: number;
                order?: "asc" | "desc";
                /** @description matches company, contact name, phone or e-mail */
                q?: string;
                status?: "new" | "working" | "converted" | "disqualified";
                ownerId?: string;
                /** @description owner's department */
                departmentId?: string;
                sourceUserId?: string;
                campaignId?: string;
                createdFrom?: string;
                /** @description inclusive */
                createdTo?: string;
                closedFrom?: string;
                /** @description inclusive */
                closedTo?: string;
                sort?: "company" | "createdAt" | "updatedAt" | "closedAt";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LeadPage"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    createLead: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    company: string;
                    contactName?: string | null;
                    phone?: string | null;
                    email?: string | null;
                    industry?: string | null;
                    region?: string | null;
                    requirement?: string | null;
                    campaignId?: string | null;
                    sourceUserId?: string;
                    ownerId?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatedLead"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    getLead: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Lead"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    deleteLead: {
        parameters: {
            query: {
                version: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    updateLead: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    version: number;
                    company?: string;
                    contactName?: string | null;
                    phone?: string | null;
                    email?: string | null;
                    industry?: string | null;
                    region?: string | null;
                    requirement?: string | null;
                    campaignId?: string | null;
                    /** @enum {string} */
                    status?: "new" | "working";
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Lead"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    assignLead: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    version: number;
                    ownerId: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Lead"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    convertLead: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    version: number;
                    /** @description 1–5: how good the lead turned out to be */
                    qualityRating: number;
                    /** @default {} */
                    customer?: {
                        name?: string;
                        phone?: string | null;
                        email?: string | null;
                        industry?: string | null;
                        source?: string | null;
                        level?: ("A" | "B" | "C") | null;
                        requirement?: string | null;
                        region?: string | null;
                        address?: string | null;
                    };
                    /** @default {} */
                    contact?: {
                        name?: string;
                        title?: string | null;
                        phone?: string | null;
                        email?: string | null;
                    };
                    opportunity?: {
                        name: string;
                        amountCents: number;
                        /** @default CNY */
                        currency?: string;
                        stageId?: string;
                        expectedCloseOn?: string | null;
                    };
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Lead"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    disqualifyLead: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    version: number;
                    reason: string;
                    /** @description 1–5: how good the lead turned out to be */
                    qualityRating: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Lead"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    exportLeads: {
        parameters: {
            query?: {
                order?: "asc" | "desc";
                /** @description matches company, contact name, phone or e-mail */
                q?: string;
                status?: "new" | "working" | "converted" | "disqualified";
                ownerId?: string;
                /** @description owner's department */
                departmentId?: string;
                sourceUserId?: string;
                campaignId?: string;
                createdFrom?: string;
                /** @description inclusive */
                createdTo?: string;
                closedFrom?: string;
                /** @description inclusive */
                closedTo?: string;
                sort?: "company" | "createdAt" | "updatedAt" | "closedAt";
                format?: "xlsx" | "csv";
                /** @description of the headers and choice values; defaults to Accept-Language */
                language?: "en" | "zh-CN";
                /** @description comma-separated, in order, among: company, contactName, phone, email, status, owner, sourceUser, industry, region, requirement, disqualifyReason, createdAt, closedAt; all when left out */
                columns?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the file (XLSX or CSV) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    listLeadHistory: {
        parameters: {
            query?: {
                /** @description 1-based page number */
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HistoryEntryPage"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    search: {
        parameters: {
            query: {
                q: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SearchResult"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    findDuplicates: {
        parameters: {
            query: {
                entity: "customer" | "lead" | "contact";
                name?: string;
                phone?: string;
                email?: string;
                customerId?: string;
                exceptId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: ({
                            /** @enum {boolean} */
                            visible: true;
                            /** @enum {string} */
                            entity: "customer" | "lead" | "contact";
                            id: string;
                            name: string;
                            /** @enum {string} */
                            matchedBy: "phone" | "email" | "name";
                        } | {
                            /** @enum {boolean} */
                            visible: false;
                            /** @enum {string} */
                            entity: "customer" | "lead" | "contact";
                            /** @enum {string} */
                            matchedBy: "phone" | "email" | "name";
                        })[];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    mergeCustomers: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    duplicateId: string;
                    version: number;
                    duplicateVersion: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Customer"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    mergeLeads: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    duplicateId: string;
                    version: number;
                    duplicateVersion: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Lead"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    listActivities: {
        parameters: {
            query?: {
                /** @description 1-based page number */
                page?: number;
                pageSize?: number;
                order?: "asc" | "desc";
                recordType?: "lead" | "customer" | "opportunity";
                /** @description with recordType: every activity on that record you may read */
                recordId?: string;
                /** @description activities on the customer and on its opportunities */
                customerId?: string;
                actorId?: string;
                type?: "call" | "visit" | "meeting" | "email" | "message" | "note";
                valid?: "true" | "false";
                /** @description occurred on or after this org-zone day */
                from?: string;
                /** @description occurred on or before this org-zone day */
                to?: string;
                /** @description matches the content */
                q?: string;
                sort?: "occurredAt" | "recordedAt";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ActivityPage"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    createActivity: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    type: "call" | "visit" | "meeting" | "email" | "message" | "note";
                    /** @enum {string} */
                    recordType: "lead" | "customer" | "opportunity";
                    recordId: string;
                    content: string;
                    /** Format: date-time */
                    occurredAt: string;
                    planId?: string;
                    nextFollowUp?: {
                        /**
                         * Format: date-time
                         * @description at most 24 hours ago: a plan settles 24 h after its due time
                         */
                        dueAt: string;
                        note?: string | null;
                        ownerId?: string;
                    };
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatedActivity"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    getActivity: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Activity"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    deleteActivity: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    updateActivity: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    type?: "call" | "visit" | "meeting" | "email" | "message" | "note";
                    content?: string;
                    /** Format: date-time */
                    occurredAt?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Activity"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    exportActivities: {
        parameters: {
            query?: {
                order?: "asc" | "desc";
                recordType?: "lead" | "customer" | "opportunity";
                /** @description with recordType: every activity on that record you may read */
                recordId?: string;
                /** @description activities on the customer and on its opportunities */
                customerId?: string;
                actorId?: string;
                type?: "call" | "visit" | "meeting" | "email" | "message" | "note";
                valid?: "true" | "false";
                /** @description occurred on or after this org-zone day */
                from?: string;
                /** @description occurred on or before this org-zone day */
                to?: string;
                /** @description matches the content */
                q?: string;
                sort?: "occurredAt" | "recordedAt";
                format?: "xlsx" | "csv";
                /** @description of the headers and choice values; defaults to Accept-Language */
                language?: "en" | "zh-CN";
                /** @description comma-separated, in order, among: occurredAt, type, record, content, author, owner, recordedAt, timely, valid; all when left out */
                columns?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the file (XLSX or CSV) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    listActivityHistory: {
        parameters: {
            query?: {
                /** @description 1-based page number */
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HistoryEntryPage"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    listPlans: {
        parameters: {
            query?: {
                /** @description 1-based page number */
                page?: number;
                pageSize?: number;
                order?: "asc" | "desc";
                /** @description workbench tab in org-zone days; implies open plans */
                scope?: "today" | "overdue" | "upcoming";
                status?: "open" | "completed";
                /** @description defaults to everyone in your scope */
                ownerId?: string;
                /** @description owner's department */
                departmentId?: string;
                recordType?: "lead" | "customer" | "opportunity";
                recordId?: string;
                dueFrom?: string;
                /** @description inclusive */
                dueTo?: string;
                /** @description matches the note */
                q?: string;
                sort?: "dueAt" | "createdAt" | "updatedAt";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlanPage"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    createPlan: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * Format: date-time
                     * @description at most 24 hours ago: a plan settles 24 h after its due time
                     */
                    dueAt: string;
                    note?: string | null;
                    ownerId?: string;
                    /** @enum {string} */
                    recordType: "lead" | "customer" | "opportunity";
                    recordId: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Plan"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    getPlan: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Plan"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    deletePlan: {
        parameters: {
            query: {
                version: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    updatePlan: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    version: number;
                    /**
                     * Format: date-time
                     * @description at most 24 hours ago: a plan settles 24 h after its due time
                     */
                    dueAt?: string;
                    note?: string | null;
                    ownerId?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Plan"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    listPlanHistory: {
        parameters: {
            query?: {
                /** @description 1-based page number */
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HistoryEntryPage"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    getCustomerTimeline: {
        parameters: {
            query?: {
                /** @description 1-based page number */
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TimelineItemPage"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    listCustomerCollaborators: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Collaborator"][];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    shareCustomer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    userId: string;
                    /** @enum {string} */
                    access: "read" | "write";
                    until?: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Collaborator"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    unshareCustomer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                userId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    listOpportunityCollaborators: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Collaborator"][];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    shareOpportunity: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    userId: string;
                    /** @enum {string} */
                    access: "read" | "write";
                    until?: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Collaborator"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    unshareOpportunity: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                userId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    listPoolCustomers: {
        parameters: {
            query?: {
                /** @description 1-based page number */
                page?: number;
                pageSize?: number;
                order?: "asc" | "desc";
                /** @description matches name, phone or e-mail */
                q?: string;
                status?: "potential" | "intent" | "deal" | "dormant" | "lost";
                level?: "A" | "B" | "C";
                industry?: string;
                region?: string;
                previousOwnerId?: string;
                /** @description entered the pool on or after this org-zone day */
                enteredFrom?: string;
                /** @description inclusive */
                enteredTo?: string;
                sort?: "name" | "poolEnteredAt" | "createdAt" | "lastFollowUpAt" | "level";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CustomerPage"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    claimCustomer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    version: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Customer"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    releaseCustomer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    version: number;
                    reason?: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Customer"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    assignCustomer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    version: number;
                    ownerId: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Customer"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    getPoolSettings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PoolSettings"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    replacePoolSettings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    claimCap: number;
                    reclaimCooldownDays: number;
                    rules: {
                        level: ("A" | "B" | "C") | null;
                        daysWithoutFollowUp: number | null;
                        daysWithoutDeal: number | null;
                    }[];
                    version: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PoolSettings"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    listCustomersDueForReturn: {
        parameters: {
            query?: {
                /** @description 1-based page number */
                page?: number;
                pageSize?: number;
                order?: "asc" | "desc";
                ownerId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CustomerDueForReturnPage"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    listTemplates: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Template"][];
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    listTemplateVersions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["TemplateVersion"][];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    createTemplateVersion: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    items: {
                        metric: string;
                        weight: number;
                        floor: number;
                        target: number;
                        /** @default 120 */
                        cap?: number;
                        /** @default 5 */
                        minSample?: number;
                    }[];
                    grades?: {
                        S: number;
                        A: number;
                        B: number;
                        C: number;
                    };
                    note: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TemplateVersion"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    getTemplateVersion: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TemplateVersion"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    diffTemplateVersion: {
        parameters: {
            query: {
                from: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            metric: string;
                            /** @enum {string} */
                            change: "added" | "removed" | "changed";
                            before: {
                                metric: string;
                                weight: number;
                                floor: number;
                                target: number;
                                /** @default 120 */
                                cap: number;
                                /** @default 5 */
                                minSample: number;
                            } | null;
                            after: {
                                metric: string;
                                weight: number;
                                floor: number;
                                target: number;
                                /** @default 120 */
                                cap: number;
                                /** @default 5 */
                                minSample: number;
                            } | null;
                        }[];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    listCycles: {
        parameters: {
            query?: {
                /** @description 1-based page number */
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CyclePage"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    createCycle: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                    /** @enum {string} */
                    kind: "month" | "quarter";
                    /** Format: date */
                    anchorDay: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Cycle"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    getCycle: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Cycle"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    changeCycleStatus: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    version: number;
                    /** @enum {string} */
                    status: "draft" | "open" | "self_review" | "manager_review" | "calibrated" | "published" | "archived";
                    /** @description manager review before the period has ended freezes the numbers so far */
                    force?: boolean;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Cycle"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    recomputeCycle: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    version: number;
                    reason?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Cycle"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    listCycleResults: {
        parameters: {
            query?: {
                /** @description 1-based page number */
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CycleResultSummaryPage"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    exportCycleResults: {
        parameters: {
            query?: {
                format?: "xlsx" | "csv";
                /** @description of the headers and choice values; defaults to Accept-Language */
                language?: "en" | "zh-CN";
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the file (XLSX or CSV) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    getMyCycleResult: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CycleResult"] | null;
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    getCycleResult: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CycleResult"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    getCycleResultItemEvidence: {
        parameters: {
            query?: {
                /** @description 1-based page number */
                page?: number;
                pageSize?: number;
                counted?: "all" | "yes" | "no";
            };
            header?: never;
            path: {
                id: string;
                metric: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            recordType: string;
                            recordId: string;
                            at: string;
                            numerator: number;
                            denominator: number;
                            label: string | null;
                            customerId: string | null;
                            parent: {
                                recordType: string;
                                recordId: string;
                            } | null;
                            change: {
                                from: string | null;
                                to: string;
                            } | null;
                        }[];
                        /** @description How many rows match; record lists count up to 10,000 (see totalCapped) */
                        total: number;
                        /** @description true when more rows match than `total` (the count stopped at its cap) */
                        totalCapped: boolean;
                        page: number;
                        pageSize: number;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    writeSelfReview: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    version: number;
                    comment: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CycleResult"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    writeManagerReview: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    version: number;
                    comment: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CycleResult"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    adjustCycleResultItem: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                metric: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    version: number;
                    score: number;
                    reason: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CycleResult"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    acknowledgeCycleResult: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    version: number;
                    comment?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CycleResult"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    listCycleHistory: {
        parameters: {
            query?: {
                /** @description 1-based page number */
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HistoryEntryPage"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    listCycleResultHistory: {
        parameters: {
            query?: {
                /** @description 1-based page number */
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HistoryEntryPage"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    getQuarterlyReview: {
        parameters: {
            query: {
                /** @description one to six closed cycle ids, comma-separated */
                cycleIds: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QuarterlyReview"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    exportQuarterlyReview: {
        parameters: {
            query: {
                /** @description one to six closed cycle ids, comma-separated */
                cycleIds: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description CSV text (text/csv): one line per template item */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    runWhatIf: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    templateId: string;
                    items: {
                        metric: string;
                        weight: number;
                        floor: number;
                        target: number;
                        /** @default 120 */
                        cap?: number;
                        /** @default 5 */
                        minSample?: number;
                    }[];
                    grades?: {
                        S: number;
                        A: number;
                        B: number;
                        C: number;
                    };
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatIf"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    adoptWhatIf: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    templateId: string;
                    items: {
                        metric: string;
                        weight: number;
                        floor: number;
                        target: number;
                        /** @default 120 */
                        cap?: number;
                        /** @default 5 */
                        minSample?: number;
                    }[];
                    grades?: {
                        S: number;
                        A: number;
                        B: number;
                        C: number;
                    };
                    /** @description the template version the what-if was based on (its current one then) */
                    baseVersionId: string;
                    note: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TemplateVersion"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    listMyItemFeedback: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["OwnItemFeedback"][];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    giveItemFeedback: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                metric: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    unfair: boolean;
                    comment: string | null;
                    /** @description the version of the feedback being changed; omit for the first */
                    version?: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OwnItemFeedback"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    getLiveScorecard: {
        parameters: {
            query?: {
                /** @description defaults to you */
                userId?: string;
                period?: "month" | "quarter";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Scorecard"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    listTeamScorecards: {
        parameters: {
            query?: {
                /** @description defaults to you */
                managerId?: string;
                period?: "month" | "quarter";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TeamScorecards"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    getLiveScorecardEvidence: {
        parameters: {
            query: {
                /** @description defaults to you */
                userId?: string;
                period?: "month" | "quarter";
                metric: string;
                page?: number;
                pageSize?: number;
                counted?: "all" | "yes" | "no";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            recordType: string;
                            recordId: string;
                            at: string;
                            numerator: number;
                            denominator: number;
                            label: string | null;
                            customerId: string | null;
                            parent: {
                                recordType: string;
                                recordId: string;
                            } | null;
                            change: {
                                from: string | null;
                                to: string;
                            } | null;
                        }[];
                        /** @description How many rows match; record lists count up to 10,000 (see totalCapped) */
                        total: number;
                        /** @description true when more rows match than `total` (the count stopped at its cap) */
                        totalCapped: boolean;
                        page: number;
                        pageSize: number;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    getFunnelReport: {
        parameters: {
            query?: {
                /** @description first day of the period (default: this month) */
                from?: string;
                /** @description last day of the period, inclusive */
                to?: string;
                /** @description owners who are members of this department */
                departmentId?: string;
                /** @description this owner only */
                ownerId?: string;
                /** @description CRM adoption: months (default) or Monday-to-Sunday weeks */
                bucket?: "month" | "week";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FunnelReport"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    getStageDurationsReport: {
        parameters: {
            query?: {
                /** @description first day of the period (default: this month) */
                from?: string;
                /** @description last day of the period, inclusive */
                to?: string;
                /** @description owners who are members of this department */
                departmentId?: string;
                /** @description this owner only */
                ownerId?: string;
                /** @description CRM adoption: months (default) or Monday-to-Sunday weeks */
                bucket?: "month" | "week";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StageDurationsReport"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    getSalesReport: {
        parameters: {
            query?: {
                /** @description first day of the period (default: this month) */
                from?: string;
                /** @description last day of the period, inclusive */
                to?: string;
                /** @description owners who are members of this department */
                departmentId?: string;
                /** @description this owner only */
                ownerId?: string;
                /** @description CRM adoption: months (default) or Monday-to-Sunday weeks */
                bucket?: "month" | "week";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SalesReport"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    getCockpit: {
        parameters: {
            query?: {
                /** @description first day of the period (default: this month) */
                from?: string;
                /** @description last day of the period, inclusive */
                to?: string;
                /** @description owners who are members of this department */
                departmentId?: string;
                /** @description this owner only */
                ownerId?: string;
                /** @description CRM adoption: months (default) or Monday-to-Sunday weeks */
                bucket?: "month" | "week";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Cockpit"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    getAdoptionReport: {
        parameters: {
            query?: {
                /** @description first day of the period (default: this month) */
                from?: string;
                /** @description last day of the period, inclusive */
                to?: string;
                /** @description owners who are members of this department */
                departmentId?: string;
                /** @description this owner only */
                ownerId?: string;
                /** @description CRM adoption: months (default) or Monday-to-Sunday weeks */
                bucket?: "month" | "week";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdoptionReport"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    getWinLossReport: {
        parameters: {
            query?: {
                /** @description first day of the period (default: this month) */
                from?: string;
                /** @description last day of the period, inclusive */
                to?: string;
                /** @description owners who are members of this department */
                departmentId?: string;
                /** @description this owner only */
                ownerId?: string;
                /** @description CRM adoption: months (default) or Monday-to-Sunday weeks */
                bucket?: "month" | "week";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WinLossReport"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    getServiceReport: {
        parameters: {
            query?: {
                /** @description first day of the period (default: this month) */
                from?: string;
                /** @description last day of the period, inclusive */
                to?: string;
                /** @description owners who are members of this department */
                departmentId?: string;
                /** @description this owner only */
                ownerId?: string;
                /** @description CRM adoption: months (default) or Monday-to-Sunday weeks */
                bucket?: "month" | "week";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceReport"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    exportReport: {
        parameters: {
            query?: {
                /** @description first day of the period (default: this month) */
                from?: string;
                /** @description last day of the period, inclusive */
                to?: string;
                /** @description owners who are members of this department */
                departmentId?: string;
                /** @description this owner only */
                ownerId?: string;
                /** @description CRM adoption: months (default) or Monday-to-Sunday weeks */
                bucket?: "month" | "week";
                format?: "xlsx" | "csv";
                /** @description of the headers and choice values; defaults to Accept-Language */
                language?: "en" | "zh-CN";
            };
            header?: never;
            path: {
                report: "funnel" | "stage-durations" | "sales" | "cockpit" | "adoption" | "win-loss" | "service";
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the file (XLSX or CSV) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    listTargets: {
        parameters: {
            query?: {
                userId?: string;
                periodStart?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Target"][];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    setTarget: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    userId: string;
                    metric: string;
                    /** @enum {string} */
                    period: "month" | "quarter";
                    /** Format: date */
                    anchorDay: string;
                    target: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Target"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    deleteTarget: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    listTargetHistory: {
        parameters: {
            query?: {
                /** @description 1-based page number */
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HistoryEntryPage"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    listQualityFlags: {
        parameters: {
            query?: {
                /** @description 1-based page number */
                page?: number;
                pageSize?: number;
                order?: "asc" | "desc";
                userId?: string;
                rule?: "Q1" | "Q2" | "Q3" | "Q4" | "Q5" | "Q6" | "Q7";
                status?: "open" | "cleared";
                entity?: "activity" | "customer" | "lead" | "user";
                recordId?: string;
                /** @description org-zone day, inclusive */
                createdFrom?: string;
                /** @description org-zone day, inclusive */
                createdTo?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QualityFlagPage"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    getQualitySummary: {
        parameters: {
            query?: {
                /** @description flags created from this org-zone day */
                from?: string;
                /** @description to this org-zone day, inclusive */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QualitySummary"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    getQualityFlag: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QualityFlag"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    clearQualityFlag: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    reason: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QualityFlag"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    clearQualityFlags: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    reason: string;
                    ids: string[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        cleared: number;
                        alreadyCleared: number;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    runQualityRules: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: date */
                    from: string;
                    /**
                     * Format: date
                     * @description inclusive
                     */
                    to: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        from: string;
                        before: string;
                        activities: number;
                        customers: number;
                        leads: number;
                        usersWithDeletions: number;
                        opened: number;
                        resolved: number;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    listQualityFlagHistory: {
        parameters: {
            query?: {
                /** @description 1-based page number */
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HistoryEntryPage"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    listMetrics: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            id: string;
                            nameZh: string;
                            nameEn: string;
                            category: string;
                            kind: string;
                            unit: string;
                            /** @enum {string} */
                            dir: "+" | "-";
                            custom: boolean;
                        }[];
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    listCustomMetricFields: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            entity: string;
                            fields: {
                                name: string;
                                /** @enum {string} */
                                type: "text" | "number" | "money" | "timestamp" | "date" | "user" | "flag";
                            }[];
                        }[];
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    listCustomMetrics: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["CustomMetric"][];
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    createCustomMetric: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    key: string;
                    nameZh: string;
                    nameEn: string;
                    /** @enum {string} */
                    unit: "percent" | "per_week" | "days" | "money" | "count" | "minutes" | "rating" | "score";
                    /** @enum {string} */
                    dir: "+" | "-";
                    definition: {
                        entity: string;
                        filter?: components["schemas"]["CustomMetricFilterGroupInput"];
                        aggregate: {
                            /** @enum {string} */
                            kind: "count";
                        } | {
                            /** @enum {string} */
                            kind: "sum";
                            field: string;
                        } | {
                            /** @enum {string} */
                            kind: "avg";
                            field: string;
                        } | {
                            /** @enum {string} */
                            kind: "ratio";
                            numerator: components["schemas"]["CustomMetricFilterGroupInput"];
                        };
                        ownerField: string;
                        timeField: string;
                    };
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CustomMetric"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    getCustomMetric: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CustomMetric"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    replaceCustomMetric: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    version: number;
                    nameZh: string;
                    nameEn: string;
                    /** @enum {string} */
                    unit: "percent" | "per_week" | "days" | "money" | "count" | "minutes" | "rating" | "score";
                    /** @enum {string} */
                    dir: "+" | "-";
                    definition: {
                        entity: string;
                        filter?: components["schemas"]["CustomMetricFilterGroupInput"];
                        aggregate: {
                            /** @enum {string} */
                            kind: "count";
                        } | {
                            /** @enum {string} */
                            kind: "sum";
                            field: string;
                        } | {
                            /** @enum {string} */
                            kind: "avg";
                            field: string;
                        } | {
                            /** @enum {string} */
                            kind: "ratio";
                            numerator: components["schemas"]["CustomMetricFilterGroupInput"];
                        };
                        ownerField: string;
                        timeField: string;
                    };
                    active: boolean;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CustomMetric"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    getAppraisalSettings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        keyFields: ("name" | "phone" | "email" | "industry" | "source" | "requirement" | "region" | "level" | "address")[];
                        /** @default 3 */
                        gradeAfterWorkingDays: number;
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    replaceAppraisalSettings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    keyFields: ("name" | "phone" | "email" | "industry" | "source" | "requirement" | "region" | "level" | "address")[];
                    /** @default 3 */
                    gradeAfterWorkingDays?: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        keyFields: ("name" | "phone" | "email" | "industry" | "source" | "requirement" | "region" | "level" | "address")[];
                        /** @default 3 */
                        gradeAfterWorkingDays: number;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    listJobRuns: {
        parameters: {
            query?: {
                job?: string;
                status?: "running" | "succeeded" | "failed";
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            id: string;
                            /** @description e.g. quality-rules, pool-return, cycle-recompute */
                            job: string;
                            /** @description the org-zone day of a daily job, the window's start of a periodic one */
                            slot: string;
                            /** @description 1 for the scheduled run, 2 and 3 for retries */
                            attempt: number;
                            /** @enum {string} */
                            status: "running" | "succeeded" | "failed";
                            summary: string | null;
                            error: string | null;
                            startedAt: string;
                            finishedAt: string | null;
                        }[];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    getFieldAccess: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        rules: {
                            /** @enum {string} */
                            role: "admin" | "executive" | "manager" | "sales" | "service" | "marketing" | "product" | "hr";
                            /** @enum {string} */
                            entity: "customer" | "contact" | "lead";
                            field: string;
                            /** @enum {string} */
                            mode: "editable" | "read_only" | "hidden";
                            /** @default false */
                            masked: boolean;
                        }[];
                        fields: {
                            customer: string[];
                            contact: string[];
                            lead: string[];
                        };
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    replaceFieldAccess: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    rules: {
                        /** @enum {string} */
                        role: "admin" | "executive" | "manager" | "sales" | "service" | "marketing" | "product" | "hr";
                        /** @enum {string} */
                        entity: "customer" | "contact" | "lead";
                        field: string;
                        /** @enum {string} */
                        mode: "editable" | "read_only" | "hidden";
                        /** @default false */
                        masked?: boolean;
                    }[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        rules: {
                            /** @enum {string} */
                            role: "admin" | "executive" | "manager" | "sales" | "service" | "marketing" | "product" | "hr";
                            /** @enum {string} */
                            entity: "customer" | "contact" | "lead";
                            field: string;
                            /** @enum {string} */
                            mode: "editable" | "read_only" | "hidden";
                            /** @default false */
                            masked: boolean;
                        }[];
                        fields: {
                            customer: string[];
                            contact: string[];
                            lead: string[];
                        };
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    revealCustomerField: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    field: "phone" | "email";
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        field: "phone" | "email";
                        value: string | null;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    revealContactField: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    field: "phone" | "email";
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        field: "phone" | "email";
                        value: string | null;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    revealLeadField: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    field: "phone" | "email";
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        field: "phone" | "email";
                        value: string | null;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    listWorkbenchHints: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: ({
                            /** @enum {string} */
                            kind: "missing_field";
                            field: string;
                            count: number;
                        } | {
                            /** @enum {string} */
                            kind: "overdue_plans";
                            count: number;
                        } | {
                            /** @enum {string} */
                            kind: "stale_opportunities";
                            count: number;
                        } | {
                            /** @enum {string} */
                            kind: "uncovered_key_customers";
                            count: number;
                        })[];
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    recordView: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    kind: "dashboard_view" | "report_view" | "analysis_view";
                    entity?: string;
                    recordId?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    listNotifications: {
        parameters: {
            query?: {
                /** @description 1-based page number */
                page?: number;
                pageSize?: number;
                /** @description true lists only unread notifications */
                unread?: "true" | "false";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Notification"][];
                        /** @description How many rows match; record lists count up to 10,000 (see totalCapped) */
                        total: number;
                        /** @description true when more rows match than `total` (the count stopped at its cap) */
                        totalCapped: boolean;
                        page: number;
                        pageSize: number;
                        /** @description all unread notifications of the caller */
                        unread: number;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    countUnreadNotifications: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        unread: number;
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    markNotificationRead: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Notification"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    markAllNotificationsRead: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * Format: date-time
                     * @description only notifications created up to this instant (those the reader has seen)
                     */
                    upTo?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        updated: number;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    getNotificationPreferences: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description kinds you do not want at all, neither in the inbox nor outside */
                        mutedKinds: ("plan_due_soon" | "plan_overdue" | "opportunity_stale" | "quality_flag" | "cycle_self_review" | "cycle_manager_review" | "award" | "badge" | "job_failed" | "weekly_digest")[];
                        /** @description outside channels you want (among those the organisation has set up); [] opts out */
                        channels: ("wecom" | "dingtalk" | "webhook" | "email")[];
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    replaceNotificationPreferences: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description kinds you do not want at all, neither in the inbox nor outside */
                    mutedKinds: ("plan_due_soon" | "plan_overdue" | "opportunity_stale" | "quality_flag" | "cycle_self_review" | "cycle_manager_review" | "award" | "badge" | "job_failed" | "weekly_digest")[];
                    /** @description outside channels you want (among those the organisation has set up); [] opts out */
                    channels: ("wecom" | "dingtalk" | "webhook" | "email")[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description kinds you do not want at all, neither in the inbox nor outside */
                        mutedKinds: ("plan_due_soon" | "plan_overdue" | "opportunity_stale" | "quality_flag" | "cycle_self_review" | "cycle_manager_review" | "award" | "badge" | "job_failed" | "weekly_digest")[];
                        /** @description outside channels you want (among those the organisation has set up); [] opts out */
                        channels: ("wecom" | "dingtalk" | "webhook" | "email")[];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    listNotificationDeliveries: {
        parameters: {
            query?: {
                /** @description 1-based page number */
                page?: number;
                pageSize?: number;
                status?: "pending" | "sent" | "failed";
                channel?: "wecom" | "dingtalk" | "webhook" | "email";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotificationDeliveryPage"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    getNotificationChannels: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @default null */
                        appUrl: string | null;
                        /**
                         * @default {
                         *       "enabled": false,
                         *       "url": null,
                         *       "msgtype": "markdown"
                         *     }
                         */
                        wecom: {
                            enabled: boolean;
                            url: string | null;
                            /**
                             * @default markdown
                             * @enum {string}
                             */
                            msgtype: "markdown" | "text";
                        };
                        /**
                         * @default {
                         *       "enabled": false,
                         *       "url": null,
                         *       "secret": null,
                         *       "msgtype": "markdown"
                         *     }
                         */
                        dingtalk: {
                            enabled: boolean;
                            url: string | null;
                            secret: string | null;
                            /**
                             * @default markdown
                             * @enum {string}
                             */
                            msgtype: "markdown" | "text";
                        };
                        /**
                         * @default {
                         *       "enabled": false,
                         *       "url": null
                         *     }
                         */
                        webhook: {
                            enabled: boolean;
                            url: string | null;
                        };
                        /**
                         * @default {
                         *       "enabled": false,
                         *       "host": null,
                         *       "port": 587,
                         *       "secure": false,
                         *       "user": null,
                         *       "password": null,
                         *       "from": null
                         *     }
                         */
                        email: {
                            enabled: boolean;
                            host: string | null;
                            port: number;
                            secure: boolean;
                            user: string | null;
                            password: string | null;
                            from: string | null;
                        };
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    replaceNotificationChannels: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @default null */
                    appUrl?: string | null;
                    /**
                     * @default {
                     *       "enabled": false,
                     *       "url": null,
                     *       "msgtype": "markdown"
                     *     }
                     */
                    wecom?: {
                        enabled: boolean;
                        url: string | null;
                        /**
                         * @default markdown
                         * @enum {string}
                         */
                        msgtype?: "markdown" | "text";
                    };
                    /**
                     * @default {
                     *       "enabled": false,
                     *       "url": null,
                     *       "secret": null,
                     *       "msgtype": "markdown"
                     *     }
                     */
                    dingtalk?: {
                        enabled: boolean;
                        url: string | null;
                        secret: string | null;
                        /**
                         * @default markdown
                         * @enum {string}
                         */
                        msgtype?: "markdown" | "text";
                    };
                    /**
                     * @default {
                     *       "enabled": false,
                     *       "url": null
                     *     }
                     */
                    webhook?: {
                        enabled: boolean;
                        url: string | null;
                    };
                    /**
                     * @default {
                     *       "enabled": false,
                     *       "host": null,
                     *       "port": 587,
                     *       "secure": false,
                     *       "user": null,
                     *       "password": null,
                     *       "from": null
                     *     }
                     */
                    email?: {
                        enabled: boolean;
                        host: string | null;
                        port: number;
                        secure: boolean;
                        user: string | null;
                        password: string | null;
                        from: string | null;
                    };
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @default null */
                        appUrl: string | null;
                        /**
                         * @default {
                         *       "enabled": false,
                         *       "url": null,
                         *       "msgtype": "markdown"
                         *     }
                         */
                        wecom: {
                            enabled: boolean;
                            url: string | null;
                            /**
                             * @default markdown
                             * @enum {string}
                             */
                            msgtype: "markdown" | "text";
                        };
                        /**
                         * @default {
                         *       "enabled": false,
                         *       "url": null,
                         *       "secret": null,
                         *       "msgtype": "markdown"
                         *     }
                         */
                        dingtalk: {
                            enabled: boolean;
                            url: string | null;
                            secret: string | null;
                            /**
                             * @default markdown
                             * @enum {string}
                             */
                            msgtype: "markdown" | "text";
                        };
                        /**
                         * @default {
                         *       "enabled": false,
                         *       "url": null
                         *     }
                         */
                        webhook: {
                            enabled: boolean;
                            url: string | null;
                        };
                        /**
                         * @default {
                         *       "enabled": false,
                         *       "host": null,
                         *       "port": 587,
                         *       "secure": false,
                         *       "user": null,
                         *       "password": null,
                         *       "from": null
                         *     }
                         */
                        email: {
                            enabled: boolean;
                            host: string | null;
                            port: number;
                            secure: boolean;
                            user: string | null;
                            password: string | null;
                            from: string | null;
                        };
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    listRecognitionGrants: {
        parameters: {
            query?: {
                /** @description one person's grants (within your scope) */
                userId?: string;
                /** @description only grants of the last N days (the feed uses 30) */
                days?: number;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["RecognitionGrant"][];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    getLeaderboards: {
        parameters: {
            query?: {
                /** @description a closed cycle; the latest by default */
                cycleId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Leaderboards"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    listBadges: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Badge"][];
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    createBadge: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    nameZh: string;
                    nameEn: string;
                    rule: components["schemas"]["BadgeRuleInput"];
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Badge"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    updateBadge: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    version: number;
                    active: boolean;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Badge"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    setBuiltInBadgeActive: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description the built-in badge, e.g. first_won_deal */
                key: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    active: boolean;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Badge"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    grantCycleRecognition: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        granted: number;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    getRecognitionSettings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecognitionSettings"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    replaceRecognitionSettings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecognitionSettingsInput"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecognitionSettings"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    uploadImport: {
        parameters: {
            query: {
                fileName: string;
                source?: string;
            };
            header?: never;
            path: {
                entity: "customer" | "contact" | "lead" | "opportunity" | "activity" | "contract" | "payment" | "target";
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        job: {
                            id: string;
                            /** @enum {string} */
                            entity: "customer" | "contact" | "lead" | "opportunity" | "activity" | "contract" | "payment" | "target";
                            source: string;
                            fileName: string;
                            /** @enum {string} */
                            status: "uploaded" | "checked" | "committing" | "done" | "failed";
                            headerRow: number | null;
                            headers: string[];
                            mapping: (string | null)[];
                            fields: {
                                key: string;
                                required: boolean;
                            }[];
                            missingRequired: string[];
                            rowsTotal: number | null;
                            rowsInvalid: number | null;
                            rowsSkipped: number | null;
                            rowsDone: number;
                            rowsCreated: number;
                            rowsUnchanged: number;
                            rowsFailed: number;
                            progress: number | null;
                            failure: string | null;
                            createdAt: string;
                            finishedAt: string | null;
                        };
                        sample: string[][];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
}

/** The values of every string enum, by `'<method> <path> <place>'` (see scripts/api-client.ts). */
export const enumValues = {
    "post /api/v1/auth/login response.user.roles": ["admin","executive","manager","sales","service","marketing","product","hr"],
    "post /api/v1/auth/login response.user.locale": ["zh-CN","en"],
    "post /api/v1/auth/login response.user.areas": ["workbench","leads","customers","pool","contacts","opportunities","contracts","payments","tickets","feedback","campaigns","appraisal","team","review","recognition","reports","users","departments","dataScopes","pipelineStages","keyFields","fieldAccess","templates","customMetrics","targets","cycles","recognitionSettings","poolSettings","products","imports","jobRuns","ticketQueueCard","followUpPlansCard","staleOpportunitiesCard","nextStepsCard","scorecardCard","campaignsCard","teamCard","setupCard","systemHealthCard","recognitionFeedCard"],
    "get /api/v1/auth/session response.user.roles": ["admin","executive","manager","sales","service","marketing","product","hr"],
    "get /api/v1/auth/session response.user.locale": ["zh-CN","en"],
    "get /api/v1/auth/session response.user.areas": ["workbench","leads","customers","pool","contacts","opportunities","contracts","payments","tickets","feedback","campaigns","appraisal","team","review","recognition","reports","users","departments","dataScopes","pipelineStages","keyFields","fieldAccess","templates","customMetrics","targets","cycles","recognitionSettings","poolSettings","products","imports","jobRuns","ticketQueueCard","followUpPlansCard","staleOpportunitiesCard","nextStepsCard","scorecardCard","campaignsCard","teamCard","setupCard","systemHealthCard","recognitionFeedCard"],
    "get /api/v1/auth/me response.user.roles": ["admin","executive","manager","sales","service","marketing","product","hr"],
    "get /api/v1/auth/me response.user.locale": ["zh-CN","en"],
    "get /api/v1/auth/me response.user.areas": ["workbench","leads","customers","pool","contacts","opportunities","contracts","payments","tickets","feedback","campaigns","appraisal","team","review","recognition","reports","users","departments","dataScopes","pipelineStages","keyFields","fieldAccess","templates","customMetrics","targets","cycles","recognitionSettings","poolSettings","products","imports","jobRuns","ticketQueueCard","followUpPlansCard","staleOpportunitiesCard","nextStepsCard","scorecardCard","campaignsCard","teamCard","setupCard","systemHealthCard","recognitionFeedCard"],
    "get /api/v1/auth/tokens response.items.scope": ["read","write"],
    "post /api/v1/auth/tokens body.scope": ["read","write"],
    "post /api/v1/auth/tokens response.scope": ["read","write"],
    "get /api/v1/users query.order": ["asc","desc"],
    "get /api/v1/users query.role": ["admin","executive","manager","sales","service","marketing","product","hr"],
    "get /api/v1/users query.active": ["true","false"],
    "get /api/v1/users query.sort": ["name","email","createdAt"],
    "get /api/v1/users response.items.roles": ["admin","executive","manager","sales","service","marketing","product","hr"],
    "get /api/v1/users response.items.locale": ["zh-CN","en"],
    "post /api/v1/users body.roles": ["admin","executive","manager","sales","service","marketing","product","hr"],
    "post /api/v1/users body.locale": ["zh-CN","en"],
    "post /api/v1/users response.roles": ["admin","executive","manager","sales","service","marketing","product","hr"],
    "post /api/v1/users response.locale": ["zh-CN","en"],
    "get /api/v1/users/{id} response.roles": ["admin","executive","manager","sales","service","marketing","product","hr"],
    "get /api/v1/users/{id} response.locale": ["zh-CN","en"],
    "patch /api/v1/users/{id} body.roles": ["admin","executive","manager","sales","service","marketing","product","hr"],
    "patch /api/v1/users/{id} body.locale": ["zh-CN","en"],
    "patch /api/v1/users/{id} response.roles": ["admin","executive","manager","sales","service","marketing","product","hr"],
    "patch /api/v1/users/{id} response.locale": ["zh-CN","en"],
    "get /api/v1/users/{id}/history response.items.action": ["create","update","delete","restore","merge","reveal"],
    "get /api/v1/departments/{id}/history response.items.action": ["create","update","delete","restore","merge","reveal"],
    "get /api/v1/roles response.items.key": ["admin","executive","manager","sales","service","marketing","product","hr"],
    "get /api/v1/roles response.items.dataScope": ["self","self_and_reports","department","department_tree","all"],
    "put /api/v1/roles/{key} path.key": ["admin","executive","manager","sales","service","marketing","product","hr"],
    "put /api/v1/roles/{key} body.dataScope": ["self","self_and_reports","department","department_tree","all"],
    "put /api/v1/roles/{key} response.key": ["admin","executive","manager","sales","service","marketing","product","hr"],
    "put /api/v1/roles/{key} response.dataScope": ["self","self_and_reports","department","department_tree","all"],
    "get /api/v1/roles/{id}/history response.items.action": ["create","update","delete","restore","merge","reveal"],
    "get /api/v1/customers query.order": ["asc","desc"],
    "get /api/v1/customers query.status": ["potential","intent","deal","dormant","lost"],
    "get /api/v1/customers query.level": ["A","B","C"],
    "get /api/v1/customers query.missing": ["phone","email","industry","source","requirement","region","level"],
    "get /api/v1/customers query.sort": ["name","createdAt","updatedAt","lastFollowUpAt","level"],
    "get /api/v1/customers response.items.level": ["A","B","C"],
    "get /api/v1/customers response.items.status": ["potential","intent","deal","dormant","lost"],
    "get /api/v1/customers response.items.access": ["read","write"],
    "post /api/v1/customers body.level": ["A","B","C"],
    "post /api/v1/customers body.status": ["potential","intent","deal","dormant","lost"],
    "post /api/v1/customers response.level": ["A","B","C"],
    "post /api/v1/customers response.status": ["potential","intent","deal","dormant","lost"],
    "post /api/v1/customers response.access": ["read","write"],
    "post /api/v1/customers response.duplicateHints.entity": ["customer","lead","contact"],
    "post /api/v1/customers response.duplicateHints.matchedBy": ["phone","email","name"],
    "get /api/v1/customers/{id} response.level": ["A","B","C"],
    "get /api/v1/customers/{id} response.status": ["potential","intent","deal","dormant","lost"],
    "get /api/v1/customers/{id} response.access": ["read","write"],
    "patch /api/v1/customers/{id} body.level": ["A","B","C"],
    "patch /api/v1/customers/{id} response.level": ["A","B","C"],
    "patch /api/v1/customers/{id} response.status": ["potential","intent","deal","dormant","lost"],
    "patch /api/v1/customers/{id} response.access": ["read","write"],
    "post /api/v1/customers/{id}/status body.status": ["potential","intent","deal","dormant","lost"],
    "post /api/v1/customers/{id}/status response.level": ["A","B","C"],
    "post /api/v1/customers/{id}/status response.status": ["potential","intent","deal","dormant","lost"],
    "post /api/v1/customers/{id}/status response.access": ["read","write"],
    "get /api/v1/customers/export query.order": ["asc","desc"],
    "get /api/v1/customers/export query.status": ["potential","intent","deal","dormant","lost"],
    "get /api/v1/customers/export query.level": ["A","B","C"],
    "get /api/v1/customers/export query.missing": ["phone","email","industry","source","requirement","region","level"],
    "get /api/v1/customers/export query.sort": ["name","createdAt","updatedAt","lastFollowUpAt","level"],
    "get /api/v1/customers/export query.format": ["xlsx","csv"],
    "get /api/v1/customers/export query.language": ["en","zh-CN"],
    "get /api/v1/customers/{id}/history response.items.action": ["create","update","delete","restore","merge","reveal"],
    "get /api/v1/products query.order": ["asc","desc"],
    "get /api/v1/products query.active": ["true","false"],
    "get /api/v1/products query.sort": ["name","code","unitPriceCents","createdAt","updatedAt"],
    "get /api/v1/products response.items.access": ["read","write"],
    "post /api/v1/products response.access": ["read","write"],
    "get /api/v1/products/{id} response.access": ["read","write"],
    "patch /api/v1/products/{id} response.access": ["read","write"],
    "get /api/v1/products/{id}/history response.items.action": ["create","update","delete","restore","merge","reveal"],
    "get /api/v1/contracts query.order": ["asc","desc"],
    "get /api/v1/contracts query.renewal": ["true","false"],
    "get /api/v1/contracts query.sort": ["signedOn","endOn","amountCents","number","createdAt","updatedAt"],
    "get /api/v1/contracts response.items.access": ["read","write"],
    "post /api/v1/contracts response.access": ["read","write"],
    "get /api/v1/contracts/{id} response.access": ["read","write"],
    "patch /api/v1/contracts/{id} response.access": ["read","write"],
    "get /api/v1/contracts/export query.order": ["asc","desc"],
    "get /api/v1/contracts/export query.renewal": ["true","false"],
    "get /api/v1/contracts/export query.sort": ["signedOn","endOn","amountCents","number","createdAt","updatedAt"],
    "get /api/v1/contracts/export query.format": ["xlsx","csv"],
    "get /api/v1/contracts/export query.language": ["en","zh-CN"],
    "get /api/v1/contracts/{id}/history response.items.action": ["create","update","delete","restore","merge","reveal"],
    "get /api/v1/contracts/{id}/payment-plans query.order": ["asc","desc"],
    "get /api/v1/contracts/{id}/payment-plans query.sort": ["dueOn","amountCents","createdAt"],
    "get /api/v1/contracts/{id}/payment-plans response.items.access": ["read","write"],
    "post /api/v1/contracts/{id}/payment-plans response.access": ["read","write"],
    "get /api/v1/payment-plans/{id} response.access": ["read","write"],
    "patch /api/v1/payment-plans/{id} response.access": ["read","write"],
    "get /api/v1/payments query.order": ["asc","desc"],
    "get /api/v1/payments query.sort": ["receivedOn","amountCents","recordedAt"],
    "get /api/v1/payments response.items.access": ["read","write"],
    "get /api/v1/payments/export query.order": ["asc","desc"],
    "get /api/v1/payments/export query.sort": ["receivedOn","amountCents","recordedAt"],
    "get /api/v1/payments/export query.format": ["xlsx","csv"],
    "get /api/v1/payments/export query.language": ["en","zh-CN"],
    "get /api/v1/contracts/{id}/payments query.order": ["asc","desc"],
    "get /api/v1/contracts/{id}/payments query.sort": ["receivedOn","amountCents","recordedAt"],
    "get /api/v1/contracts/{id}/payments response.items.access": ["read","write"],
    "post /api/v1/contracts/{id}/payments response.access": ["read","write"],
    "get /api/v1/payments/{id} response.access": ["read","write"],
    "patch /api/v1/payments/{id} response.access": ["read","write"],
    "get /api/v1/payment-plans/{id}/history response.items.action": ["create","update","delete","restore","merge","reveal"],
    "get /api/v1/payments/{id}/history response.items.action": ["create","update","delete","restore","merge","reveal"],
    "get /api/v1/tickets query.order": ["asc","desc"],
    "get /api/v1/tickets query.status": ["open","pending","resolved","closed"],
    "get /api/v1/tickets query.priority": ["low","normal","high","urgent"],
    "get /api/v1/tickets query.unassigned": ["true","false"],
    "get /api/v1/tickets query.rated": ["true","false"],
    "get /api/v1/tickets query.sort": ["createdAt","updatedAt","priority","status","resolvedAt"],
    "get /api/v1/tickets response.items.priority": ["low","normal","high","urgent"],
    "get /api/v1/tickets response.items.status": ["open","pending","resolved","closed"],
    "get /api/v1/tickets response.items.access": ["read","write"],
    "post /api/v1/tickets body.priority": ["low","normal","high","urgent"],
    "post /api/v1/tickets response.priority": ["low","normal","high","urgent"],
    "post /api/v1/tickets response.status": ["open","pending","resolved","closed"],
    "post /api/v1/tickets response.access": ["read","write"],
    "get /api/v1/tickets/{id} response.priority": ["low","normal","high","urgent"],
    "get /api/v1/tickets/{id} response.status": ["open","pending","resolved","closed"],
    "get /api/v1/tickets/{id} response.access": ["read","write"],
    "patch /api/v1/tickets/{id} body.priority": ["low","normal","high","urgent"],
    "patch /api/v1/tickets/{id} response.priority": ["low","normal","high","urgent"],
    "patch /api/v1/tickets/{id} response.status": ["open","pending","resolved","closed"],
    "patch /api/v1/tickets/{id} response.access": ["read","write"],
    "post /api/v1/tickets/{id}/status body.status": ["open","pending","closed"],
    "post /api/v1/tickets/{id}/status response.priority": ["low","normal","high","urgent"],
    "post /api/v1/tickets/{id}/status response.status": ["open","pending","resolved","closed"],
    "post /api/v1/tickets/{id}/status response.access": ["read","write"],
    "post /api/v1/tickets/{id}/resolve response.priority": ["low","normal","high","urgent"],
    "post /api/v1/tickets/{id}/resolve response.status": ["open","pending","resolved","closed"],
    "post /api/v1/tickets/{id}/resolve response.access": ["read","write"],
    "post /api/v1/tickets/{id}/rating response.priority": ["low","normal","high","urgent"],
    "post /api/v1/tickets/{id}/rating response.status": ["open","pending","resolved","closed"],
    "post /api/v1/tickets/{id}/rating response.access": ["read","write"],
    "get /api/v1/tickets/{id}/replies query.order": ["asc","desc"],
    "get /api/v1/tickets/export query.order": ["asc","desc"],
    "get /api/v1/tickets/export query.status": ["open","pending","resolved","closed"],
    "get /api/v1/tickets/export query.priority": ["low","normal","high","urgent"],
    "get /api/v1/tickets/export query.unassigned": ["true","false"],
    "get /api/v1/tickets/export query.rated": ["true","false"],
    "get /api/v1/tickets/export query.sort": ["createdAt","updatedAt","priority","status","resolvedAt"],
    "get /api/v1/tickets/export query.format": ["xlsx","csv"],
    "get /api/v1/tickets/export query.language": ["en","zh-CN"],
    "get /api/v1/tickets/{id}/history response.items.action": ["create","update","delete","restore","merge","reveal"],
    "get /api/v1/feedback query.order": ["asc","desc"],
    "get /api/v1/feedback query.status": ["new","reviewing","adopted","rejected"],
    "get /api/v1/feedback query.sort": ["createdAt","updatedAt","decidedAt","status"],
    "get /api/v1/feedback response.items.status": ["new","reviewing","adopted","rejected"],
    "get /api/v1/feedback response.items.access": ["read","write"],
    "post /api/v1/feedback response.status": ["new","reviewing","adopted","rejected"],
    "post /api/v1/feedback response.access": ["read","write"],
    "get /api/v1/feedback/{id} response.status": ["new","reviewing","adopted","rejected"],
    "get /api/v1/feedback/{id} response.access": ["read","write"],
    "patch /api/v1/feedback/{id} response.status": ["new","reviewing","adopted","rejected"],
    "patch /api/v1/feedback/{id} response.access": ["read","write"],
    "post /api/v1/feedback/{id}/review response.status": ["new","reviewing","adopted","rejected"],
    "post /api/v1/feedback/{id}/review response.access": ["read","write"],
    "post /api/v1/feedback/{id}/decision body.status": ["adopted","rejected"],
    "post /api/v1/feedback/{id}/decision response.status": ["new","reviewing","adopted","rejected"],
    "post /api/v1/feedback/{id}/decision response.access": ["read","write"],
    "get /api/v1/feedback/{id}/history response.items.action": ["create","update","delete","restore","merge","reveal"],
    "get /api/v1/campaigns query.order": ["asc","desc"],
    "get /api/v1/campaigns query.channel": ["exhibition","online_ads","webinar","content","referral","email","other"],
    "get /api/v1/campaigns query.status": ["planned","running","finished","cancelled"],
    "get /api/v1/campaigns query.sort": ["name","startOn","endOn","budgetCents","createdAt","updatedAt"],
    "get /api/v1/campaigns response.items.status": ["planned","running","finished","cancelled"],
    "get /api/v1/campaigns response.items.access": ["read","write"],
    "post /api/v1/campaigns body.channel": ["exhibition","online_ads","webinar","content","referral","email","other"],
    "post /api/v1/campaigns body.status": ["planned","running","finished","cancelled"],
    "post /api/v1/campaigns response.status": ["planned","running","finished","cancelled"],
    "post /api/v1/campaigns response.access": ["read","write"],
    "get /api/v1/campaigns/{id} response.status": ["planned","running","finished","cancelled"],
    "get /api/v1/campaigns/{id} response.access": ["read","write"],
    "patch /api/v1/campaigns/{id} body.channel": ["exhibition","online_ads","webinar","content","referral","email","other"],
    "patch /api/v1/campaigns/{id} body.status": ["planned","running","finished","cancelled"],
    "patch /api/v1/campaigns/{id} response.status": ["planned","running","finished","cancelled"],
    "patch /api/v1/campaigns/{id} response.access": ["read","write"],
    "get /api/v1/campaigns/{id}/history response.items.action": ["create","update","delete","restore","merge","reveal"],
    "get /api/v1/contacts query.order": ["asc","desc"],
    "get /api/v1/contacts query.sort": ["name","createdAt","updatedAt"],
    "get /api/v1/contacts response.items.access": ["read","write"],
    "post /api/v1/contacts response.access": ["read","write"],
    "get /api/v1/contacts/{id} response.access": ["read","write"],
    "patch /api/v1/contacts/{id} response.access": ["read","write"],
    "get /api/v1/contacts/export query.order": ["asc","desc"],
    "get /api/v1/contacts/export query.sort": ["name","createdAt","updatedAt"],
    "get /api/v1/contacts/export query.format": ["xlsx","csv"],
    "get /api/v1/contacts/export query.language": ["en","zh-CN"],
    "get /api/v1/contacts/{id}/history response.items.action": ["create","update","delete","restore","merge","reveal"],
    "get /api/v1/imports response.items.entity": ["customer","contact","lead","opportunity","activity","contract","payment","target"],
    "get /api/v1/imports response.items.status": ["uploaded","checked","committing","done","failed"],
    "get /api/v1/imports response.entities": ["customer","contact","lead","opportunity","activity","contract","payment","target"],
    "get /api/v1/imports/{id} response.entity": ["customer","contact","lead","opportunity","activity","contract","payment","target"],
    "get /api/v1/imports/{id} response.status": ["uploaded","checked","committing","done","failed"],
    "put /api/v1/imports/{id}/mapping response.entity": ["customer","contact","lead","opportunity","activity","contract","payment","target"],
    "put /api/v1/imports/{id}/mapping response.status": ["uploaded","checked","committing","done","failed"],
    "post /api/v1/imports/{id}/dry-run response.errors.code": ["import_header_not_found","import_required_column_missing","import_required_missing","import_text_too_long","import_choice_unknown","import_date_invalid","import_date_out_of_range","import_date_in_future","import_amount_invalid","import_amount_negative","import_amount_too_precise","import_amount_too_large","import_number_invalid","import_email_invalid","import_phone_scientific","import_owner_unknown","import_owner_ambiguous","import_reference_unknown","import_reference_ambiguous","import_row_invalid","import_close_day_missing","import_closed_before_created","import_contract_number_taken","import_target_own","import_target_outside_unit_range","import_target_on_wrong_side_of_floor","import_target_equals_floor"],
    "post /api/v1/imports/{id}/commit response.entity": ["customer","contact","lead","opportunity","activity","contract","payment","target"],
    "post /api/v1/imports/{id}/commit response.status": ["uploaded","checked","committing","done","failed"],
    "get /api/v1/imports/{id}/errors.csv query.language": ["en","zh-CN"],
    "get /api/v1/pipeline-stages query.includeInactive": ["true","false"],
    "get /api/v1/pipeline-stages response.items.kind": ["open","won","lost"],
    "get /api/v1/pipeline-stages response.items.access": ["read","write"],
    "post /api/v1/pipeline-stages body.kind": ["open","won","lost"],
    "post /api/v1/pipeline-stages response.kind": ["open","won","lost"],
    "post /api/v1/pipeline-stages response.access": ["read","write"],
    "patch /api/v1/pipeline-stages/{id} body.kind": ["open","won","lost"],
    "patch /api/v1/pipeline-stages/{id} response.kind": ["open","won","lost"],
    "patch /api/v1/pipeline-stages/{id} response.access": ["read","write"],
    "get /api/v1/pipeline-stages/{id}/history response.items.action": ["create","update","delete","restore","merge","reveal"],
    "get /api/v1/opportunities query.order": ["asc","desc"],
    "get /api/v1/opportunities query.status": ["open","won","lost"],
    "get /api/v1/opportunities query.sort": ["name","amountCents","createdAt","updatedAt","expectedCloseOn","closedAt"],
    "get /api/v1/opportunities response.items.status": ["open","won","lost"],
    "get /api/v1/opportunities response.items.access": ["read","write"],
    "post /api/v1/opportunities response.status": ["open","won","lost"],
    "post /api/v1/opportunities response.access": ["read","write"],
    "get /api/v1/opportunities/{id} response.status": ["open","won","lost"],
    "get /api/v1/opportunities/{id} response.access": ["read","write"],
    "patch /api/v1/opportunities/{id} response.status": ["open","won","lost"],
    "patch /api/v1/opportunities/{id} response.access": ["read","write"],
    "post /api/v1/opportunities/{id}/stage response.status": ["open","won","lost"],
    "post /api/v1/opportunities/{id}/stage response.access": ["read","write"],
    "get /api/v1/opportunities/{id}/stages response.items.fromStatus": ["open","won","lost"],
    "get /api/v1/opportunities/{id}/stages response.items.toStatus": ["open","won","lost"],
    "get /api/v1/opportunities/export query.order": ["asc","desc"],
    "get /api/v1/opportunities/export query.status": ["open","won","lost"],
    "get /api/v1/opportunities/export query.sort": ["name","amountCents","createdAt","updatedAt","expectedCloseOn","closedAt"],
    "get /api/v1/opportunities/export query.format": ["xlsx","csv"],
    "get /api/v1/opportunities/export query.language": ["en","zh-CN"],
    "get /api/v1/opportunities/{id}/history response.items.action": ["create","update","delete","restore","merge","reveal"],
    "get /api/v1/leads query.order": ["asc","desc"],
    "get /api/v1/leads query.status": ["new","working","converted","disqualified"],
    "get /api/v1/leads query.sort": ["company","createdAt","updatedAt","closedAt"],
    "get /api/v1/leads response.items.status": ["new","working","converted","disqualified"],
    "get /api/v1/leads response.items.access": ["read","write"],
    "post /api/v1/leads response.status": ["new","working","converted","disqualified"],
    "post /api/v1/leads response.access": ["read","write"],
    "post /api/v1/leads response.duplicateHints.entity": ["customer","lead","contact"],
    "post /api/v1/leads response.duplicateHints.matchedBy": ["phone","email","name"],
    "get /api/v1/leads/{id} response.status": ["new","working","converted","disqualified"],
    "get /api/v1/leads/{id} response.access": ["read","write"],
    "patch /api/v1/leads/{id} body.status": ["new","working"],
    "patch /api/v1/leads/{id} response.status": ["new","working","converted","disqualified"],
    "patch /api/v1/leads/{id} response.access": ["read","write"],
    "post /api/v1/leads/{id}/assign response.status": ["new","working","converted","disqualified"],
    "post /api/v1/leads/{id}/assign response.access": ["read","write"],
    "post /api/v1/leads/{id}/convert body.customer.level": ["A","B","C"],
    "post /api/v1/leads/{id}/convert response.status": ["new","working","converted","disqualified"],
    "post /api/v1/leads/{id}/convert response.access": ["read","write"],
    "post /api/v1/leads/{id}/disqualify response.status": ["new","working","converted","disqualified"],
    "post /api/v1/leads/{id}/disqualify response.access": ["read","write"],
    "get /api/v1/leads/export query.order": ["asc","desc"],
    "get /api/v1/leads/export query.status": ["new","working","converted","disqualified"],
    "get /api/v1/leads/export query.sort": ["company","createdAt","updatedAt","closedAt"],
    "get /api/v1/leads/export query.format": ["xlsx","csv"],
    "get /api/v1/leads/export query.language": ["en","zh-CN"],
    "get /api/v1/leads/{id}/history response.items.action": ["create","update","delete","restore","merge","reveal"],
    "get /api/v1/search response.groups.type": ["customer","contact","lead","opportunity","contract","ticket"],
    "get /api/v1/duplicates query.entity": ["customer","lead","contact"],
    "get /api/v1/duplicates response.items.entity": ["customer","lead","contact"],
    "get /api/v1/duplicates response.items.matchedBy": ["phone","email","name"],
    "post /api/v1/customers/{id}/merge response.level": ["A","B","C"],
    "post /api/v1/customers/{id}/merge response.status": ["potential","intent","deal","dormant","lost"],
    "post /api/v1/customers/{id}/merge response.access": ["read","write"],
    "post /api/v1/leads/{id}/merge response.status": ["new","working","converted","disqualified"],
    "post /api/v1/leads/{id}/merge response.access": ["read","write"],
    "get /api/v1/activities query.order": ["asc","desc"],
    "get /api/v1/activities query.recordType": ["lead","customer","opportunity"],
    "get /api/v1/activities query.type": ["call","visit","meeting","email","message","note"],
    "get /api/v1/activities query.valid": ["true","false"],
    "get /api/v1/activities query.sort": ["occurredAt","recordedAt"],
    "get /api/v1/activities response.items.type": ["call","visit","meeting","email","message","note"],
    "get /api/v1/activities response.items.recordType": ["lead","customer","opportunity"],
    "get /api/v1/activities response.items.access": ["read","write"],
    "post /api/v1/activities body.type": ["call","visit","meeting","email","message","note"],
    "post /api/v1/activities body.recordType": ["lead","customer","opportunity"],
    "post /api/v1/activities response.type": ["call","visit","meeting","email","message","note"],
    "post /api/v1/activities response.recordType": ["lead","customer","opportunity"],
    "post /api/v1/activities response.access": ["read","write"],
    "post /api/v1/activities response.nextFollowUp.recordType": ["lead","customer","opportunity"],
    "post /api/v1/activities response.nextFollowUp.status": ["open","completed"],
    "post /api/v1/activities response.nextFollowUp.access": ["read","write"],
    "post /api/v1/activities response.qualityFlags.rule": ["Q1","Q2","Q3","Q4","Q5","Q6","Q7"],
    "get /api/v1/activities/{id} response.type": ["call","visit","meeting","email","message","note"],
    "get /api/v1/activities/{id} response.recordType": ["lead","customer","opportunity"],
    "get /api/v1/activities/{id} response.access": ["read","write"],
    "patch /api/v1/activities/{id} body.type": ["call","visit","meeting","email","message","note"],
    "patch /api/v1/activities/{id} response.type": ["call","visit","meeting","email","message","note"],
    "patch /api/v1/activities/{id} response.recordType": ["lead","customer","opportunity"],
    "patch /api/v1/activities/{id} response.access": ["read","write"],
    "get /api/v1/activities/export query.order": ["asc","desc"],
    "get /api/v1/activities/export query.recordType": ["lead","customer","opportunity"],
    "get /api/v1/activities/export query.type": ["call","visit","meeting","email","message","note"],
    "get /api/v1/activities/export query.valid": ["true","false"],
    "get /api/v1/activities/export query.sort": ["occurredAt","recordedAt"],
    "get /api/v1/activities/export query.format": ["xlsx","csv"],
    "get /api/v1/activities/export query.language": ["en","zh-CN"],
    "get /api/v1/activities/{id}/history response.items.action": ["create","update","delete","restore","merge","reveal"],
    "get /api/v1/plans query.order": ["asc","desc"],
    "get /api/v1/plans query.scope": ["today","overdue","upcoming"],
    "get /api/v1/plans query.status": ["open","completed"],
    "get /api/v1/plans query.recordType": ["lead","customer","opportunity"],
    "get /api/v1/plans query.sort": ["dueAt","createdAt","updatedAt"],
    "get /api/v1/plans response.items.recordType": ["lead","customer","opportunity"],
    "get /api/v1/plans response.items.status": ["open","completed"],
    "get /api/v1/plans response.items.access": ["read","write"],
    "post /api/v1/plans body.recordType": ["lead","customer","opportunity"],
    "post /api/v1/plans response.recordType": ["lead","customer","opportunity"],
    "post /api/v1/plans response.status": ["open","completed"],
    "post /api/v1/plans response.access": ["read","write"],
    "get /api/v1/plans/{id} response.recordType": ["lead","customer","opportunity"],
    "get /api/v1/plans/{id} response.status": ["open","completed"],
    "get /api/v1/plans/{id} response.access": ["read","write"],
    "patch /api/v1/plans/{id} response.recordType": ["lead","customer","opportunity"],
    "patch /api/v1/plans/{id} response.status": ["open","completed"],
    "patch /api/v1/plans/{id} response.access": ["read","write"],
    "get /api/v1/plans/{id}/history response.items.action": ["create","update","delete","restore","merge","reveal"],
    "get /api/v1/customers/{id}/timeline response.items.kind": ["activity","stage_change","contract","payment","ticket","feedback"],
    "get /api/v1/customers/{id}/collaborators response.items.access": ["read","write"],
    "post /api/v1/customers/{id}/collaborators body.access": ["read","write"],
    "post /api/v1/customers/{id}/collaborators response.access": ["read","write"],
    "get /api/v1/opportunities/{id}/collaborators response.items.access": ["read","write"],
    "post /api/v1/opportunities/{id}/collaborators body.access": ["read","write"],
    "post /api/v1/opportunities/{id}/collaborators response.access": ["read","write"],
    "get /api/v1/pool query.order": ["asc","desc"],
    "get /api/v1/pool query.status": ["potential","intent","deal","dormant","lost"],
    "get /api/v1/pool query.level": ["A","B","C"],
    "get /api/v1/pool query.sort": ["name","poolEnteredAt","createdAt","lastFollowUpAt","level"],
    "get /api/v1/pool response.items.level": ["A","B","C"],
    "get /api/v1/pool response.items.status": ["potential","intent","deal","dormant","lost"],
    "get /api/v1/pool response.items.access": ["read","write"],
    "post /api/v1/pool/{id}/claim response.level": ["A","B","C"],
    "post /api/v1/pool/{id}/claim response.status": ["potential","intent","deal","dormant","lost"],
    "post /api/v1/pool/{id}/claim response.access": ["read","write"],
    "post /api/v1/customers/{id}/release response.level": ["A","B","C"],
    "post /api/v1/customers/{id}/release response.status": ["potential","intent","deal","dormant","lost"],
    "post /api/v1/customers/{id}/release response.access": ["read","write"],
    "post /api/v1/customers/{id}/assign response.level": ["A","B","C"],
    "post /api/v1/customers/{id}/assign response.status": ["potential","intent","deal","dormant","lost"],
    "post /api/v1/customers/{id}/assign response.access": ["read","write"],
    "get /api/v1/pool/settings response.rules.level": ["A","B","C"],
    "put /api/v1/pool/settings body.rules.level": ["A","B","C"],
    "put /api/v1/pool/settings response.rules.level": ["A","B","C"],
    "get /api/v1/pool/due-for-return query.order": ["asc","desc"],
    "get /api/v1/pool/due-for-return response.items.level": ["A","B","C"],
    "get /api/v1/pool/due-for-return response.items.status": ["potential","intent","deal","dormant","lost"],
    "get /api/v1/pool/due-for-return response.items.access": ["read","write"],
    "get /api/v1/pool/due-for-return response.items.reason": ["no_follow_up","no_deal"],
    "get /api/v1/template-versions/{id}/diff response.items.change": ["added","removed","changed"],
    "get /api/v1/cycles response.items.kind": ["month","quarter","custom"],
    "get /api/v1/cycles response.items.status": ["draft","open","self_review","manager_review","calibrated","published","archived"],
    "post /api/v1/cycles body.kind": ["month","quarter"],
    "post /api/v1/cycles response.kind": ["month","quarter","custom"],
    "post /api/v1/cycles response.status": ["draft","open","self_review","manager_review","calibrated","published","archived"],
    "get /api/v1/cycles/{id} response.kind": ["month","quarter","custom"],
    "get /api/v1/cycles/{id} response.status": ["draft","open","self_review","manager_review","calibrated","published","archived"],
    "post /api/v1/cycles/{id}/status body.status": ["draft","open","self_review","manager_review","calibrated","published","archived"],
    "post /api/v1/cycles/{id}/status response.kind": ["month","quarter","custom"],
    "post /api/v1/cycles/{id}/status response.status": ["draft","open","self_review","manager_review","calibrated","published","archived"],
    "post /api/v1/cycles/{id}/recompute response.kind": ["month","quarter","custom"],
    "post /api/v1/cycles/{id}/recompute response.status": ["draft","open","self_review","manager_review","calibrated","published","archived"],
    "get /api/v1/cycles/{id}/results/export query.format": ["xlsx","csv"],
    "get /api/v1/cycles/{id}/results/export query.language": ["en","zh-CN"],
    "get /api/v1/cycles/{id}/results/me response.items.naReason": ["below_min_sample","inactive_most_of_period","no_items"],
    "get /api/v1/cycles/{id}/results/me response.items.misconfigured": ["not_finite","target_on_wrong_side_of_floor"],
    "get /api/v1/cycle-results/{id} response.items.naReason": ["below_min_sample","inactive_most_of_period","no_items"],
    "get /api/v1/cycle-results/{id} response.items.misconfigured": ["not_finite","target_on_wrong_side_of_floor"],
    "get /api/v1/cycle-results/{id}/items/{metric}/evidence query.counted": ["all","yes","no"],
    "post /api/v1/cycle-results/{id}/self-review response.items.naReason": ["below_min_sample","inactive_most_of_period","no_items"],
    "post /api/v1/cycle-results/{id}/self-review response.items.misconfigured": ["not_finite","target_on_wrong_side_of_floor"],
    "post /api/v1/cycle-results/{id}/review response.items.naReason": ["below_min_sample","inactive_most_of_period","no_items"],
    "post /api/v1/cycle-results/{id}/review response.items.misconfigured": ["not_finite","target_on_wrong_side_of_floor"],
    "post /api/v1/cycle-results/{id}/items/{metric}/adjust response.items.naReason": ["below_min_sample","inactive_most_of_period","no_items"],
    "post /api/v1/cycle-results/{id}/items/{metric}/adjust response.items.misconfigured": ["not_finite","target_on_wrong_side_of_floor"],
    "post /api/v1/cycle-results/{id}/acknowledge response.items.naReason": ["below_min_sample","inactive_most_of_period","no_items"],
    "post /api/v1/cycle-results/{id}/acknowledge response.items.misconfigured": ["not_finite","target_on_wrong_side_of_floor"],
    "get /api/v1/cycles/{id}/history response.items.action": ["create","update","delete","restore","merge","reveal"],
    "get /api/v1/cycle-results/{id}/history response.items.action": ["create","update","delete","restore","merge","reveal"],
    "post /api/v1/cycles/{id}/what-if response.changes.change": ["added","removed","changed"],
    "get /api/v1/scorecard query.period": ["month","quarter"],
    "get /api/v1/scorecard response.period.kind": ["month","quarter"],
    "get /api/v1/scorecard response.gradeWithheld": ["early_in_period","little_weight_applies"],
    "get /api/v1/scorecard response.items.targetSource": ["template","user"],
    "get /api/v1/scorecard response.items.value.naReason": ["below_min_sample","inactive_most_of_period","no_items"],
    "get /api/v1/scorecard response.items.misconfigured": ["not_finite","target_on_wrong_side_of_floor"],
    "get /api/v1/scorecard/team query.period": ["month","quarter"],
    "get /api/v1/scorecard/team response.period.kind": ["month","quarter"],
    "get /api/v1/scorecard/team response.members.period.kind": ["month","quarter"],
    "get /api/v1/scorecard/team response.members.gradeWithheld": ["early_in_period","little_weight_applies"],
    "get /api/v1/scorecard/team response.members.items.targetSource": ["template","user"],
    "get /api/v1/scorecard/team response.members.items.value.naReason": ["below_min_sample","inactive_most_of_period","no_items"],
    "get /api/v1/scorecard/team response.members.items.misconfigured": ["not_finite","target_on_wrong_side_of_floor"],
    "get /api/v1/scorecard/evidence query.period": ["month","quarter"],
    "get /api/v1/scorecard/evidence query.counted": ["all","yes","no"],
    "get /api/v1/reports/funnel query.bucket": ["month","week"],
    "get /api/v1/reports/funnel response.steps.key": ["leads","customers","stage","won"],
    "get /api/v1/reports/funnel response.steps.drill.entity": ["lead","customer","opportunity","contract","payment","ticket","feedback"],
    "get /api/v1/reports/stage-durations query.bucket": ["month","week"],
    "get /api/v1/reports/stage-durations response.stages.drill.entity": ["lead","customer","opportunity","contract","payment","ticket","feedback"],
    "get /api/v1/reports/sales query.bucket": ["month","week"],
    "get /api/v1/reports/sales response.people.drills.won.entity": ["lead","customer","opportunity","contract","payment","ticket","feedback"],
    "get /api/v1/reports/sales response.people.drills.collected.entity": ["lead","customer","opportunity","contract","payment","ticket","feedback"],
    "get /api/v1/reports/sales response.people.drills.receivable.entity": ["lead","customer","opportunity","contract","payment","ticket","feedback"],
    "get /api/v1/reports/sales response.people.drills.ageing.d0_30.entity": ["lead","customer","opportunity","contract","payment","ticket","feedback"],
    "get /api/v1/reports/sales response.people.drills.ageing.d31_60.entity": ["lead","customer","opportunity","contract","payment","ticket","feedback"],
    "get /api/v1/reports/sales response.people.drills.ageing.d61_90.entity": ["lead","customer","opportunity","contract","payment","ticket","feedback"],
    "get /api/v1/reports/sales response.people.drills.ageing.over_90.entity": ["lead","customer","opportunity","contract","payment","ticket","feedback"],
    "get /api/v1/reports/sales response.teams.drills.won.entity": ["lead","customer","opportunity","contract","payment","ticket","feedback"],
    "get /api/v1/reports/sales response.teams.drills.collected.entity": ["lead","customer","opportunity","contract","payment","ticket","feedback"],
    "get /api/v1/reports/sales response.teams.drills.receivable.entity": ["lead","customer","opportunity","contract","payment","ticket","feedback"],
    "get /api/v1/reports/sales response.teams.drills.ageing.d0_30.entity": ["lead","customer","opportunity","contract","payment","ticket","feedback"],
    "get /api/v1/reports/sales response.teams.drills.ageing.d31_60.entity": ["lead","customer","opportunity","contract","payment","ticket","feedback"],
    "get /api/v1/reports/sales response.teams.drills.ageing.d61_90.entity": ["lead","customer","opportunity","contract","payment","ticket","feedback"],
    "get /api/v1/reports/sales response.teams.drills.ageing.over_90.entity": ["lead","customer","opportunity","contract","payment","ticket","feedback"],
    "get /api/v1/reports/sales response.total.drills.won.entity": ["lead","customer","opportunity","contract","payment","ticket","feedback"],
    "get /api/v1/reports/sales response.total.drills.collected.entity": ["lead","customer","opportunity","contract","payment","ticket","feedback"],
    "get /api/v1/reports/sales response.total.drills.receivable.entity": ["lead","customer","opportunity","contract","payment","ticket","feedback"],
    "get /api/v1/reports/sales response.total.drills.ageing.d0_30.entity": ["lead","customer","opportunity","contract","payment","ticket","feedback"],
    "get /api/v1/reports/sales response.total.drills.ageing.d31_60.entity": ["lead","customer","opportunity","contract","payment","ticket","feedback"],
    "get /api/v1/reports/sales response.total.drills.ageing.d61_90.entity": ["lead","customer","opportunity","contract","payment","ticket","feedback"],
    "get /api/v1/reports/sales response.total.drills.ageing.over_90.entity": ["lead","customer","opportunity","contract","payment","ticket","feedback"],
    "get /api/v1/reports/cockpit query.bucket": ["month","week"],
    "get /api/v1/reports/cockpit response.funnel.steps.key": ["leads","customers","stage","won"],
    "get /api/v1/reports/cockpit response.funnel.steps.drill.entity": ["lead","customer","opportunity","contract","payment","ticket","feedback"],
    "get /api/v1/reports/cockpit response.stageDurations.stages.drill.entity": ["lead","customer","opportunity","contract","payment","ticket","feedback"],
    "get /api/v1/reports/cockpit response.sales.drills.won.entity": ["lead","customer","opportunity","contract","payment","ticket","feedback"],
    "get /api/v1/reports/cockpit response.sales.drills.collected.entity": ["lead","customer","opportunity","contract","payment","ticket","feedback"],
    "get /api/v1/reports/cockpit response.sales.drills.receivable.entity": ["lead","customer","opportunity","contract","payment","ticket","feedback"],
    "get /api/v1/reports/cockpit response.sales.drills.ageing.d0_30.entity": ["lead","customer","opportunity","contract","payment","ticket","feedback"],
    "get /api/v1/reports/cockpit response.sales.drills.ageing.d31_60.entity": ["lead","customer","opportunity","contract","payment","ticket","feedback"],
    "get /api/v1/reports/cockpit response.sales.drills.ageing.d61_90.entity": ["lead","customer","opportunity","contract","payment","ticket","feedback"],
    "get /api/v1/reports/cockpit response.sales.drills.ageing.over_90.entity": ["lead","customer","opportunity","contract","payment","ticket","feedback"],
    "get /api/v1/reports/cockpit response.winLoss.drills.won.entity": ["lead","customer","opportunity","contract","payment","ticket","feedback"],
    "get /api/v1/reports/cockpit response.winLoss.drills.lost.entity": ["lead","customer","opportunity","contract","payment","ticket","feedback"],
    "get /api/v1/reports/cockpit response.service.drills.tickets.entity": ["lead","customer","opportunity","contract","payment","ticket","feedback"],
    "get /api/v1/reports/cockpit response.service.drills.resolved.entity": ["lead","customer","opportunity","contract","payment","ticket","feedback"],
    "get /api/v1/reports/cockpit response.service.drills.rated.entity": ["lead","customer","opportunity","contract","payment","ticket","feedback"],
    "get /api/v1/reports/cockpit response.service.drills.adopted.entity": ["lead","customer","opportunity","contract","payment","ticket","feedback"],
    "get /api/v1/reports/cockpit response.managers.insightDays.naReason": ["below_min_sample","inactive_most_of_period","no_items"],
    "get /api/v1/reports/cockpit response.managers.reviewCoverage.naReason": ["below_min_sample","inactive_most_of_period","no_items"],
    "get /api/v1/reports/adoption query.bucket": ["month","week"],
    "get /api/v1/reports/adoption response.bucket": ["month","week"],
    "get /api/v1/reports/win-loss query.bucket": ["month","week"],
    "get /api/v1/reports/win-loss response.byReason.drills.won.entity": ["lead","customer","opportunity","contract","payment","ticket","feedback"],
    "get /api/v1/reports/win-loss response.byReason.drills.lost.entity": ["lead","customer","opportunity","contract","payment","ticket","feedback"],
    "get /api/v1/reports/win-loss response.bySource.drills.won.entity": ["lead","customer","opportunity","contract","payment","ticket","feedback"],
    "get /api/v1/reports/win-loss response.bySource.drills.lost.entity": ["lead","customer","opportunity","contract","payment","ticket","feedback"],
    "get /api/v1/reports/win-loss response.byIndustry.drills.won.entity": ["lead","customer","opportunity","contract","payment","ticket","feedback"],
    "get /api/v1/reports/win-loss response.byIndustry.drills.lost.entity": ["lead","customer","opportunity","contract","payment","ticket","feedback"],
    "get /api/v1/reports/win-loss response.byPerson.drills.won.entity": ["lead","customer","opportunity","contract","payment","ticket","feedback"],
    "get /api/v1/reports/win-loss response.byPerson.drills.lost.entity": ["lead","customer","opportunity","contract","payment","ticket","feedback"],
    "get /api/v1/reports/win-loss response.total.drills.won.entity": ["lead","customer","opportunity","contract","payment","ticket","feedback"],
    "get /api/v1/reports/win-loss response.total.drills.lost.entity": ["lead","customer","opportunity","contract","payment","ticket","feedback"],
    "get /api/v1/reports/service query.bucket": ["month","week"],
    "get /api/v1/reports/service response.agents.drills.tickets.entity": ["lead","customer","opportunity","contract","payment","ticket","feedback"],
    "get /api/v1/reports/service response.agents.drills.resolved.entity": ["lead","customer","opportunity","contract","payment","ticket","feedback"],
    "get /api/v1/reports/service response.agents.drills.rated.entity": ["lead","customer","opportunity","contract","payment","ticket","feedback"],
    "get /api/v1/reports/service response.agents.drills.adopted.entity": ["lead","customer","opportunity","contract","payment","ticket","feedback"],
    "get /api/v1/reports/service response.teams.drills.tickets.entity": ["lead","customer","opportunity","contract","payment","ticket","feedback"],
    "get /api/v1/reports/service response.teams.drills.resolved.entity": ["lead","customer","opportunity","contract","payment","ticket","feedback"],
    "get /api/v1/reports/service response.teams.drills.rated.entity": ["lead","customer","opportunity","contract","payment","ticket","feedback"],
    "get /api/v1/reports/service response.teams.drills.adopted.entity": ["lead","customer","opportunity","contract","payment","ticket","feedback"],
    "get /api/v1/reports/service response.total.drills.tickets.entity": ["lead","customer","opportunity","contract","payment","ticket","feedback"],
    "get /api/v1/reports/service response.total.drills.resolved.entity": ["lead","customer","opportunity","contract","payment","ticket","feedback"],
    "get /api/v1/reports/service response.total.drills.rated.entity": ["lead","customer","opportunity","contract","payment","ticket","feedback"],
    "get /api/v1/reports/service response.total.drills.adopted.entity": ["lead","customer","opportunity","contract","payment","ticket","feedback"],
    "get /api/v1/reports/{report}/export query.bucket": ["month","week"],
    "get /api/v1/reports/{report}/export query.format": ["xlsx","csv"],
    "get /api/v1/reports/{report}/export query.language": ["en","zh-CN"],
    "get /api/v1/reports/{report}/export path.report": ["funnel","stage-durations","sales","cockpit","adoption","win-loss","service"],
    "put /api/v1/targets body.period": ["month","quarter"],
    "get /api/v1/targets/{id}/history response.items.action": ["create","update","delete","restore","merge","reveal"],
    "get /api/v1/quality/flags query.order": ["asc","desc"],
    "get /api/v1/quality/flags query.rule": ["Q1","Q2","Q3","Q4","Q5","Q6","Q7"],
    "get /api/v1/quality/flags query.status": ["open","cleared"],
    "get /api/v1/quality/flags query.entity": ["activity","customer","lead","user"],
    "get /api/v1/quality/flags response.items.rule": ["Q1","Q2","Q3","Q4","Q5","Q6","Q7"],
    "get /api/v1/quality/flags response.items.entity": ["activity","customer","lead","user"],
    "get /api/v1/quality/flags response.items.status": ["open","cleared"],
    "get /api/v1/quality/flags/{id} response.rule": ["Q1","Q2","Q3","Q4","Q5","Q6","Q7"],
    "get /api/v1/quality/flags/{id} response.entity": ["activity","customer","lead","user"],
    "get /api/v1/quality/flags/{id} response.status": ["open","cleared"],
    "post /api/v1/quality/flags/{id}/clear response.rule": ["Q1","Q2","Q3","Q4","Q5","Q6","Q7"],
    "post /api/v1/quality/flags/{id}/clear response.entity": ["activity","customer","lead","user"],
    "post /api/v1/quality/flags/{id}/clear response.status": ["open","cleared"],
    "get /api/v1/quality/flags/{id}/history response.items.action": ["create","update","delete","restore","merge","reveal"],
    "get /api/v1/metrics response.items.dir": ["+","-"],
    "get /api/v1/custom-metrics/fields response.items.fields.type": ["text","number","money","timestamp","date","user","flag"],
    "get /api/v1/custom-metrics response.items.unit": ["percent","per_week","days","money","count","minutes","rating","score"],
    "get /api/v1/custom-metrics response.items.dir": ["+","-"],
    "get /api/v1/custom-metrics response.items.definition.filter.match": ["all","any"],
    "get /api/v1/custom-metrics response.items.definition.filter.conditions.operator": ["eq","ne","gt","gte","lt","lte","in","not_in","is_null","is_not_null","contains"],
    "get /api/v1/custom-metrics response.items.definition.aggregate.kind": ["count","sum","avg","ratio"],
    "get /api/v1/custom-metrics response.items.definition.aggregate.numerator.match": ["all","any"],
    "get /api/v1/custom-metrics response.items.definition.aggregate.numerator.conditions.operator": ["eq","ne","gt","gte","lt","lte","in","not_in","is_null","is_not_null","contains"],
    "post /api/v1/custom-metrics body.unit": ["percent","per_week","days","money","count","minutes","rating","score"],
    "post /api/v1/custom-metrics body.dir": ["+","-"],
    "post /api/v1/custom-metrics body.definition.filter.match": ["all","any"],
    "post /api/v1/custom-metrics body.definition.filter.conditions.operator": ["eq","ne","gt","gte","lt","lte","in","not_in","is_null","is_not_null","contains"],
    "post /api/v1/custom-metrics body.definition.aggregate.kind": ["count","sum","avg","ratio"],
    "post /api/v1/custom-metrics body.definition.aggregate.numerator.match": ["all","any"],
    "post /api/v1/custom-metrics body.definition.aggregate.numerator.conditions.operator": ["eq","ne","gt","gte","lt","lte","in","not_in","is_null","is_not_null","contains"],
    "post /api/v1/custom-metrics response.unit": ["percent","per_week","days","money","count","minutes","rating","score"],
    "post /api/v1/custom-metrics response.dir": ["+","-"],
    "post /api/v1/custom-metrics response.definition.filter.match": ["all","any"],
    "post /api/v1/custom-metrics response.definition.filter.conditions.operator": ["eq","ne","gt","gte","lt","lte","in","not_in","is_null","is_not_null","contains"],
    "post /api/v1/custom-metrics response.definition.aggregate.kind": ["count","sum","avg","ratio"],
    "post /api/v1/custom-metrics response.definition.aggregate.numerator.match": ["all","any"],
    "post /api/v1/custom-metrics response.definition.aggregate.numerator.conditions.operator": ["eq","ne","gt","gte","lt","lte","in","not_in","is_null","is_not_null","contains"],
    "get /api/v1/custom-metrics/{id} response.unit": ["percent","per_week","days","money","count","minutes","rating","score"],
    "get /api/v1/custom-metrics/{id} response.dir": ["+","-"],
    "get /api/v1/custom-metrics/{id} response.definition.filter.match": ["all","any"],
    "get /api/v1/custom-metrics/{id} response.definition.filter.conditions.operator": ["eq","ne","gt","gte","lt","lte","in","not_in","is_null","is_not_null","contains"],
    "get /api/v1/custom-metrics/{id} response.definition.aggregate.kind": ["count","sum","avg","ratio"],
    "get /api/v1/custom-metrics/{id} response.definition.aggregate.numerator.match": ["all","any"],
    "get /api/v1/custom-metrics/{id} response.definition.aggregate.numerator.conditions.operator": ["eq","ne","gt","gte","lt","lte","in","not_in","is_null","is_not_null","contains"],
    "put /api/v1/custom-metrics/{id} body.unit": ["percent","per_week","days","money","count","minutes","rating","score"],
    "put /api/v1/custom-metrics/{id} body.dir": ["+","-"],
    "put /api/v1/custom-metrics/{id} body.definition.filter.match": ["all","any"],
    "put /api/v1/custom-metrics/{id} body.definition.filter.conditions.operator": ["eq","ne","gt","gte","lt","lte","in","not_in","is_null","is_not_null","contains"],
    "put /api/v1/custom-metrics/{id} body.definition.aggregate.kind": ["count","sum","avg","ratio"],
    "put /api/v1/custom-metrics/{id} body.definition.aggregate.numerator.match": ["all","any"],
    "put /api/v1/custom-metrics/{id} body.definition.aggregate.numerator.conditions.operator": ["eq","ne","gt","gte","lt","lte","in","not_in","is_null","is_not_null","contains"],
    "put /api/v1/custom-metrics/{id} response.unit": ["percent","per_week","days","money","count","minutes","rating","score"],
    "put /api/v1/custom-metrics/{id} response.dir": ["+","-"],
    "put /api/v1/custom-metrics/{id} response.definition.filter.match": ["all","any"],
    "put /api/v1/custom-metrics/{id} response.definition.filter.conditions.operator": ["eq","ne","gt","gte","lt","lte","in","not_in","is_null","is_not_null","contains"],
    "put /api/v1/custom-metrics/{id} response.definition.aggregate.kind": ["count","sum","avg","ratio"],
    "put /api/v1/custom-metrics/{id} response.definition.aggregate.numerator.match": ["all","any"],
    "put /api/v1/custom-metrics/{id} response.definition.aggregate.numerator.conditions.operator": ["eq","ne","gt","gte","lt","lte","in","not_in","is_null","is_not_null","contains"],
    "get /api/v1/settings/appraisal response.keyFields": ["name","phone","email","industry","source","requirement","region","level","address"],
    "put /api/v1/settings/appraisal body.keyFields": ["name","phone","email","industry","source","requirement","region","level","address"],
    "put /api/v1/settings/appraisal response.keyFields": ["name","phone","email","industry","source","requirement","region","level","address"],
    "get /api/v1/system/job-runs query.status": ["running","succeeded","failed"],
    "get /api/v1/system/job-runs response.items.status": ["running","succeeded","failed"],
    "get /api/v1/settings/field-access response.rules.role": ["admin","executive","manager","sales","service","marketing","product","hr"],
    "get /api/v1/settings/field-access response.rules.entity": ["customer","contact","lead"],
    "get /api/v1/settings/field-access response.rules.mode": ["editable","read_only","hidden"],
    "put /api/v1/settings/field-access body.rules.role": ["admin","executive","manager","sales","service","marketing","product","hr"],
    "put /api/v1/settings/field-access body.rules.entity": ["customer","contact","lead"],
    "put /api/v1/settings/field-access body.rules.mode": ["editable","read_only","hidden"],
    "put /api/v1/settings/field-access response.rules.role": ["admin","executive","manager","sales","service","marketing","product","hr"],
    "put /api/v1/settings/field-access response.rules.entity": ["customer","contact","lead"],
    "put /api/v1/settings/field-access response.rules.mode": ["editable","read_only","hidden"],
    "post /api/v1/customers/{id}/reveal body.field": ["phone","email"],
    "post /api/v1/customers/{id}/reveal response.field": ["phone","email"],
    "post /api/v1/contacts/{id}/reveal body.field": ["phone","email"],
    "post /api/v1/contacts/{id}/reveal response.field": ["phone","email"],
    "post /api/v1/leads/{id}/reveal body.field": ["phone","email"],
    "post /api/v1/leads/{id}/reveal response.field": ["phone","email"],
    "get /api/v1/workbench/hints response.items.kind": ["missing_field","overdue_plans","stale_opportunities","uncovered_key_customers"],
    "post /api/v1/usage/views body.kind": ["dashboard_view","report_view","analysis_view"],
    "get /api/v1/notifications query.unread": ["true","false"],
    "get /api/v1/notifications response.items.kind": ["plan_due_soon","plan_overdue","opportunity_stale","quality_flag","cycle_self_review","cycle_manager_review","award","badge","job_failed","weekly_digest"],
    "post /api/v1/notifications/{id}/read response.kind": ["plan_due_soon","plan_overdue","opportunity_stale","quality_flag","cycle_self_review","cycle_manager_review","award","badge","job_failed","weekly_digest"],
    "get /api/v1/notifications/preferences response.mutedKinds": ["plan_due_soon","plan_overdue","opportunity_stale","quality_flag","cycle_self_review","cycle_manager_review","award","badge","job_failed","weekly_digest"],
    "get /api/v1/notifications/preferences response.channels": ["wecom","dingtalk","webhook","email"],
    "put /api/v1/notifications/preferences body.mutedKinds": ["plan_due_soon","plan_overdue","opportunity_stale","quality_flag","cycle_self_review","cycle_manager_review","award","badge","job_failed","weekly_digest"],
    "put /api/v1/notifications/preferences body.channels": ["wecom","dingtalk","webhook","email"],
    "put /api/v1/notifications/preferences response.mutedKinds": ["plan_due_soon","plan_overdue","opportunity_stale","quality_flag","cycle_self_review","cycle_manager_review","award","badge","job_failed","weekly_digest"],
    "put /api/v1/notifications/preferences response.channels": ["wecom","dingtalk","webhook","email"],
    "get /api/v1/notifications/deliveries query.status": ["pending","sent","failed"],
    "get /api/v1/notifications/deliveries query.channel": ["wecom","dingtalk","webhook","email"],
    "get /api/v1/notifications/deliveries response.items.channel": ["wecom","dingtalk","webhook","email"],
    "get /api/v1/notifications/deliveries response.items.status": ["pending","sent","failed"],
    "get /api/v1/settings/notifications response.wecom.msgtype": ["markdown","text"],
    "get /api/v1/settings/notifications response.dingtalk.msgtype": ["markdown","text"],
    "put /api/v1/settings/notifications body.wecom.msgtype": ["markdown","text"],
    "put /api/v1/settings/notifications body.dingtalk.msgtype": ["markdown","text"],
    "put /api/v1/settings/notifications response.wecom.msgtype": ["markdown","text"],
    "put /api/v1/settings/notifications response.dingtalk.msgtype": ["markdown","text"],
    "get /api/v1/recognition/grants response.items.kind": ["award","badge"],
    "get /api/v1/recognition/grants response.items.evidence.kind": ["award","badge"],
    "get /api/v1/recognition/grants response.items.evidence.window.kind": ["cycles","days","month"],
    "get /api/v1/recognition/badges response.items.rule.window.kind": ["cycles","days","month"],
    "post /api/v1/recognition/badges body.rule.window.kind": ["cycles","days","month"],
    "post /api/v1/recognition/badges response.rule.window.kind": ["cycles","days","month"],
    "patch /api/v1/recognition/badges/{id} response.rule.window.kind": ["cycles","days","month"],
    "put /api/v1/recognition/built-in-badges/{key} response.rule.window.kind": ["cycles","days","month"],
    "post /api/v1/imports/{entity} path.entity": ["customer","contact","lead","opportunity","activity","contract","payment","target"],
    "post /api/v1/imports/{entity} response.job.entity": ["customer","contact","lead","opportunity","activity","contract","payment","target"],
    "post /api/v1/imports/{entity} response.job.status": ["uploaded","checked","committing","done","failed"],
} as const;
