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
}
