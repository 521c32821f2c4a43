package org.shoppingapi.rest.order;

import org.shoppingapi.ports.in.order.AddOrderEventUseCase;
import org.shoppingapi.ports.in.order.CancelOrderUseCase;
import org.shoppingapi.ports.in.order.CloseOrderUseCase;
import org.shoppingapi.ports.in.order.GetOrderUseCase;
import org.shoppingapi.ports.in.order.GetPaymentOperationUseCase;
import org.shoppingapi.ports.in.order.ListOrderEventsUseCase;
import org.shoppingapi.ports.in.order.ListOrdersUseCase;
import org.shoppingapi.ports.in.order.ListPaymentOperationsUseCase;
import org.shoppingapi.ports.in.order.OpenOrderUseCase;
import org.shoppingapi.ports.in.order.RecordPaymentUseCase;
import org.shoppingapi.ports.in.order.UpdateOrderUseCase;

/** The in-ports the order resources call, handed over as one value by the wiring. */
public record OrderUseCases(GetOrderUseCase get, ListOrdersUseCase list, UpdateOrderUseCase update,
                            OpenOrderUseCase open, CloseOrderUseCase close, CancelOrderUseCase cancel,
                            AddOrderEventUseCase addEvent, ListOrderEventsUseCase listEvents,
                            RecordPaymentUseCase recordPayment, ListPaymentOperationsUseCase listPayments,
                            GetPaymentOperationUseCase getPayment) {

    /** The use cases from the three objects that implement them: orders, their events, their payments. */
    public static <O extends GetOrderUseCase & ListOrdersUseCase & UpdateOrderUseCase & OpenOrderUseCase
            & CloseOrderUseCase & CancelOrderUseCase, E extends AddOrderEventUseCase & ListOrderEventsUseCase,
            P extends RecordPaymentUseCase & ListPaymentOperationsUseCase & GetPaymentOperationUseCase>
            OrderUseCases of(O orders, E events, P payments) {
        return new OrderUseCases(orders, orders, orders, orders, orders, orders, events, events, payments, payments,
                payments);
    }
}
