package org.htaworkbench.ui.internal.emf;

import java.util.Collection;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.edit.provider.IChangeNotifier;
import org.eclipse.emf.edit.provider.INotifyChangedListener;
import org.eclipse.emf.edit.provider.IStructuredItemContentProvider;
import org.eclipse.emf.edit.provider.ITreeItemContentProvider;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.StructuredViewer;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.swt.widgets.Control;

/**
 * JFace tree content from EMF.Edit item providers, refreshed when the model changes.
 * <p>
 * Hand-written because EMF.Edit UI ({@code org.eclipse.emf.edit.ui}, which has
 * {@code AdapterFactoryContentProvider}) is not published on Maven Central, our only repository.
 * This covers the part we use: structure from {@link ITreeItemContentProvider} and refresh on
 * {@link INotifyChangedListener} notifications, always on the UI thread.
 */
public class ItemProviderContentProvider implements ITreeContentProvider, INotifyChangedListener {

    private final AdapterFactory adapterFactory;
    private StructuredViewer viewer;

    public ItemProviderContentProvider(AdapterFactory adapterFactory) {
        this.adapterFactory = adapterFactory;
        if (adapterFactory instanceof IChangeNotifier notifier) {
            notifier.addListener(this);
        }
    }

    @Override
    public void inputChanged(Viewer newViewer, Object oldInput, Object newInput) {
        this.viewer = (StructuredViewer) newViewer;
    }

    @Override
    public Object[] getElements(Object input) {
        if (input instanceof Collection<?> roots) {
            return roots.toArray();
        }
        IStructuredItemContentProvider provider = (IStructuredItemContentProvider) adapterFactory.adapt(input, IStructuredItemContentProvider.class);
        return provider == null ? new Object[0] : provider.getElements(input).toArray();
    }

    @Override
    public Object[] getChildren(Object parent) {
        ITreeItemContentProvider provider = (ITreeItemContentProvider) adapterFactory.adapt(parent, ITreeItemContentProvider.class);
        return provider == null ? new Object[0] : provider.getChildren(parent).toArray();
    }

    @Override
    public Object getParent(Object element) {
        ITreeItemContentProvider provider = (ITreeItemContentProvider) adapterFactory.adapt(element, ITreeItemContentProvider.class);
        return provider == null ? null : provider.getParent(element);
    }

    @Override
    public boolean hasChildren(Object element) {
        ITreeItemContentProvider provider = (ITreeItemContentProvider) adapterFactory.adapt(element, ITreeItemContentProvider.class);
        return provider != null && provider.hasChildren(element);
    }

    @Override
    public void notifyChanged(Notification notification) {
        StructuredViewer current = viewer;
        if (current == null) {
            return;
        }
        Control control = current.getControl();
        if (control == null || control.isDisposed()) {
            return;
        }
        Object element = notification.getNotifier();
        Runnable refresh = () -> {
            if (!control.isDisposed()) {
                current.refresh(element, true);
            }
        };
        if (control.getDisplay().getThread() == Thread.currentThread()) {
            refresh.run();
        } else {
            control.getDisplay().asyncExec(refresh);
        }
    }

    @Override
    public void dispose() {
        if (adapterFactory instanceof IChangeNotifier notifier) {
            notifier.removeListener(this);
        }
    }
}
